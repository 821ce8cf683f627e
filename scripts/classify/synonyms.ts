/**
 * Hand-curated phrases -> Google Product Taxonomy node, in English, German, French, Spanish and
 * Italian: the words shoppers and shops use that the taxonomy's own names do not contain.
 * Listed by taxonomy path so a reviewer can read it (a path may appear more than once, grouped by
 * theme); the builder fails on a path that does not exist. "phrase~0.5" sets a weight (default 1): lower for words that are often something else.
 * Phrases are matched after normalisation (lower case, no accents, simple plural folding).
 */
export const SYNONYMS: [path: string, phrases: string][] = [
  // Shop departments (breadcrumb roots) in en/de/fr/es/it: broad nodes, refined by deeper crumbs.
  [
    'Electronics',
    'electronics~0.6, elektronik~0.6, elektronik foto~0.6, high tech~0.6, electronique~0.6, electronica~0.6, elettronica~0.6, multimedia~0.5, consumer electronics~0.6',
  ],
  [
    'Electronics > Computers',
    'computers~0.6, computer~0.5, informatique~0.6, informatica~0.6, computer zubehor~0.6, computers accessories~0.6, pc~0.4',
  ],
  [
    'Electronics > Communications > Telephony',
    'cell phones~0.6, telephones~0.5, handys~0.6, telefonia~0.5, telephonie~0.5',
  ],
  [
    'Home & Garden > Household Appliances',
    'appliances~0.6, household appliances~0.7, haushaltsgerate~0.7, grosse haushaltsgerate~0.7, electromenager~0.7, electrodomesticos~0.7, elettrodomestici~0.7',
  ],
  [
    'Home & Garden > Kitchen & Dining',
    'home kitchen~0.5, kuche haushalt~0.5, kuche~0.5, cuisine maison~0.5, hogar cocina~0.4, casa cucina~0.4, kitchen dining~0.6, kitchenware~0.6',
  ],
  [
    'Home & Garden',
    'home garden~0.5, haus garten~0.5, wohnen~0.4, maison~0.3, hogar~0.4, casa~0.3, home goods~0.5, home decor~0.5, home improvement~0.4',
  ],
  ['Home & Garden > Lawn & Garden', 'garten~0.6, jardin~0.6, giardino~0.6, patio lawn garden~0.6, garden~0.5'],
  [
    'Hardware',
    'baumarkt~0.6, bricolage~0.6, bricolaje~0.6, fai da te~0.6, tools home improvement~0.6, diy~0.4, heimwerken~0.6',
  ],
  [
    'Animals & Pet Supplies',
    'haustier~0.6, haustierbedarf~0.7, pet supplies~0.7, animalerie~0.7, mascotas~0.6, productos para mascotas~0.7, animali domestici~0.6',
  ],
  [
    'Food, Beverages & Tobacco',
    'grocery~0.6, grocery gourmet food~0.7, lebensmittel getranke~0.7, epicerie~0.7, alimentacion bebidas~0.7, alimentari~0.6, food drink~0.5',
  ],
  ['Toys & Games', 'toys games~0.7, spielzeug~0.7, jeux jouets~0.7, jouets~0.7, juguetes~0.7, giochi giocattoli~0.7'],
  ['Baby & Toddler', 'baby~0.5, bebe~0.5, baby kind~0.5, puericulture~0.6, baby products~0.6'],
  [
    'Health & Beauty',
    'beauty personal care~0.6, health household~0.5, drogerie korperpflege~0.6, beaute~0.5, belleza~0.5, bellezza~0.5, hygiene sante~0.5, salud cuidado personal~0.5, health personal care~0.6',
  ],
  [
    'Sporting Goods',
    'sports outdoors~0.6, sport freizeit~0.6, sports loisirs~0.6, deportes aire libre~0.6, sport tempo libero~0.6',
  ],
  [
    'Office Supplies',
    'office products~0.7, burobedarf schreibwaren~0.7, fournitures de bureau~0.7, oficina papeleria~0.7, cancelleria prodotti per ufficio~0.7, schreibwaren~0.6',
  ],
  ['Vehicles & Parts', 'automotive~0.5, auto motorrad~0.6, auto moto~0.6, coche moto~0.6'],
  [
    'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments',
    'musical instruments~0.7, musikinstrumente~0.7, instruments de musique~0.7, instrumentos musicales~0.7',
  ],
  [
    'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts',
    'arts crafts sewing~0.7, basteln~0.6, loisirs creatifs~0.6, manualidades~0.6',
  ],
  [
    'Software > Video Game Software',
    'video games~0.6, games~0.3, games konsolen~0.5, jeux video~0.6, videojuegos~0.6, videogiochi~0.6',
  ],
  ['Media > Books > E-books', 'kindle store~0.8, ebooks~0.8, kindle ebooks~0.9'],
  ['Media > Books', 'books~0.8, bucher~0.8, livres~0.8, libros~0.8, libri~0.8'],
  ['Apparel & Accessories > Shoes', 'schuhe handtaschen~0.6'],
  [
    'Apparel & Accessories',
    'clothing shoes jewelry~0.7, fashion~0.4, bekleidung~0.6, vetements~0.6, moda~0.4, abbigliamento~0.6',
  ],
  [
    'Furniture',
    'furniture~0.8, mobel~0.8, meubles~0.8, muebles~0.8, mobili~0.8, living room furniture~0.8, bedroom furniture~0.8, wohnzimmermobel~0.8',
  ],
  // Electronics: computers
  [
    'Electronics > Computers > Laptops',
    'laptop, notebook~0.6, notebook computer, ordinateur portable, pc portable, ultraportable, portatil, ordenador portatil, computer portatile, ultrabook, chromebook, netbook, macbook, thinkpad, ideapad, zenbook, vivobook, gaming laptop, gaming notebook, convertible~0.5',
  ],
  [
    'Electronics > Computers > Desktop Computers',
    'desktop pc, desktop computer, pc de bureau, ordenador de sobremesa, mini pc, all in one pc, imac, gaming pc, computer fisso, tower pc',
  ],
  [
    'Electronics > Computers > Tablet Computers',
    'tablet, ipad, tablette, tablet pc, galaxy tab, fire hd~0.6, surface pro, surface go, surface duo, lenovo tab, smart tab, matepad, mediapad, fire tablet',
  ],
  // Maker product lines: the names shops and makers' own spec sheets use for business hardware
  // ("PowerEdge R740", "ThinkCentre M75q", "LaserJet Pro M404dn") often without the device word.
  [
    'Electronics > Computers > Computer Servers',
    'server~0.7, rack server, tower server, blade server, serveur~0.7, servidor~0.7, poweredge~0.8, proliant~0.8, thinksystem~0.8, primergy~0.8',
  ],
  ['Electronics > Computers > Thin & Zero Clients > Thin Client Computers', 'thin client, wyse, thin client computer'],
  ['Electronics > Computers > Thin & Zero Clients > Zero Client Computers', 'zero client'],
  [
    'Electronics > Computers > Desktop Computers',
    'optiplex~0.8, thinkcentre~0.8, prodesk~0.8, elitedesk~0.8, ideacentre~0.8, mac mini, mac studio, mac pro, veriton~0.8, thinkstation~0.8, workstation~0.6, tower workstation, precision tower, z2 tower, elite mini~0.7, aio pc, all in one computer, all in one~0.5, dell precision~0.7',
  ],
  [
    'Electronics > Computers > Laptops',
    'latitude~0.8, elitebook~0.8, probook~0.8, zbook~0.8, thinkbook~0.8, travelmate~0.8, expertbook~0.8, galaxy book, pixelbook, matebook, surface laptop, surface book, inspiron~0.6, spectre~0.6, xps~0.5, pavilion~0.4, aspire~0.5, legion~0.5, lenovo yoga, yoga slim, yoga book, envy x360~0.8, pavilion x360~0.8, spectre x360~0.8, victus~0.7, rog zephyrus~0.8, rog flow~0.7, razer blade~0.8, predator helios~0.8, msi katana~0.8, msi stealth~0.7, msi raider~0.8, msi prestige~0.7, msi modern~0.6',
  ],
  [
    'Electronics > Video > Computer Monitors',
    'thinkvision, ultrasharp, surface hub, curved monitor, proart display~0.7, led monitor, lcd monitor, ecran~0.5, studio display, pro display xdr, curved display, usb c display, hub monitor, usb c hub monitor, usb hub monitor, ultragear, ultrafine, odyssey g5~0.8, odyssey g7~0.8, odyssey g9~0.8, rog swift~0.7',
  ],
  [
    'Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines',
    'laserjet~0.8, officejet~0.8, deskjet~0.8, pixma~0.8, ecotank~0.8, imageclass~0.8, color laserjet, laser printer, inkjet printer, all in one printer, multifunction printer, mfp~0.6, workforce~0.4, lexmark~0.6, ecosys~0.8, taskalfa~0.8, i sensys~0.8, maxify~0.8, smart tank~0.8, neverstop~0.8, envy inspire~0.8, xpress~0.7, versalink~0.8, workcentre~0.8, altalink~0.8, phaser~0.7, expression home~0.8, expression premium~0.8, expression photo~0.8',
  ],
  [
    'Electronics > Audio > Audio Components > Speakers',
    'nest audio, nest mini, google home, home mini, homepod, echo studio, echo show~0.8, nest hub~0.8, smart display~0.7, smarter lautsprecher, intelligenter lautsprecher, enceinte connectee, sonos~0.7',
  ],
  [
    'Cameras & Optics > Cameras > Surveillance Cameras',
    'nest cam, nest doorbell, ring doorbell, stick up cam, blink outdoor, blink mini, arlo~0.7, ueberwachungskamera, cctv camera',
  ],
  [
    'Hardware > Heating, Ventilation & Air Conditioning > HVAC Controls > Thermostats',
    'thermostat, smart thermostat, learning thermostat, nest thermostat, ecobee, thermostat connecte',
  ],
  [
    'Electronics > GPS Tracking Devices',
    'airtag, bluetooth tracker, key finder, smarttag, gps tracker, schlusselfinder',
  ],
  [
    'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Film',
    'instax film, instax mini film, instant film, sofortbildfilm, polaroid film',
  ],
  [
    'Home & Garden > Lighting Accessories > Lighting Timers',
    'outlet timer, plug in timer, zeitschaltuhr, programmateur prise',
  ],
  [
    'Electronics > Video Game Consoles',
    'xbox one, xbox series x, xbox series s, playstation 4, nintendo switch oled, steam deck, spielekonsole',
  ],
  [
    'Electronics > Computers > Handheld Devices > E-Book Readers',
    'ebook reader, e reader, kindle paperwhite, kindle e reader, tolino, kobo, liseuse',
  ],
  [
    'Electronics > Video > Computer Monitors',
    'monitor, computer monitor, gaming monitor, ecran pc, pc monitor, bildschirm~0.7, moniteur',
  ],
  [
    'Electronics > Electronics Accessories > Computer Components > Computer Processors',
    'cpu, processor, prozessor, processeur, procesador, processore, core i3, core i5, core i7, core i9, ryzen, xeon, celeron, pentium, athlon, opteron',
  ],
  [
    'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards',
    'keyboard, tastatur, clavier, teclado, mechanical keyboard, gaming keyboard, mechanische tastatur',
  ],
  [
    'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs',
    'mouse, computer mouse, maus, souris, raton, gaming mouse, wireless mouse, trackball',
  ],
  [
    'Electronics > Electronics Accessories > Computer Components > Input Device Accessories > Keyboard Keys & Caps',
    'keycap, keycaps, keycap set',
  ],
  [
    'Electronics > Electronics Accessories > Computer Components > Storage Devices > Hard Drives',
    'seagate~0.6, hard drive, hdd, ssd, festplatte, disque dur, disco duro, external hard drive, portable ssd, nvme',
  ],
  [
    'Electronics > Electronics Accessories > Computer Components > Storage Devices > USB Flash Drives',
    'usb stick, usb flash drive, flash drive, pen drive, cle usb, memory stick',
  ],
  [
    'Electronics > Electronics Accessories > Memory > Flash Memory',
    'sd card, microsd, micro sd, memory card, speicherkarte, carte memoire, sdxc, sdhc',
  ],
  [
    'Electronics > Electronics Accessories > Computer Components > I/O Cards & Adapters > Video Cards & Adapters',
    'graphics card, grafikkarte, carte graphique, geforce, radeon, rtx~0.6',
  ],
  [
    'Electronics > Circuit Boards & Components > Printed Circuit Boards > Computer Circuit Boards > Motherboards',
    'motherboard, mainboard',
  ],
  ['Electronics > Electronics Accessories > Computer Components > USB & FireWire Hubs', 'usb hub, usb c hub'],
  [
    'Electronics > Electronics Accessories > Computer Accessories > Laptop Docking Stations',
    'laptop docking station, dockingstation, docking station, usb c dock, thunderbolt dock, station d accueil',
  ],
  [
    'Electronics > Electronics Accessories > Computer Accessories > Mouse Pads',
    'mouse pad, mousepad, tapis de souris, mauspad, podkładka pod mysz, podložka pod myš, alfombrilla de ratón, tappetino mouse, muismat, musmatta, коврик для мыши',
  ],
  [
    'Electronics > Print, Copy, Scan & Fax > Printers, Copiers & Fax Machines',
    'printer, drucker, imprimante, impresora, stampante, laserdrucker, tintenstrahldrucker, multifunktionsdrucker',
  ],
  [
    'Electronics > Networking > Bridges & Routers > Wireless Routers',
    'router, wifi router, wlan router, mesh wifi, fritzbox, fritz box',
  ],
  ['Electronics > Networking > Modems', 'modem'],
  [
    'Electronics > Circuit Boards & Components > Circuit Prototyping',
    'jumper wire, jumper wires, dupont wire, dupont kabel, breadboard, prototyping board, steckbrett',
  ],
  [
    'Electronics > Circuit Boards & Components > Printed Circuit Boards > Development Boards',
    'arduino, raspberry pi, development board, esp32, esp8266',
  ],
  // Electronics: phones and accessories
  [
    'Electronics > Communications > Telephony > Mobile Phones',
    'smartphone, mobile phone, cell phone, cellphone, handy~0.7, telephone portable, movil, telefono movil, cellulare, iphone~0.9, galaxy~0.5, pixel~0.4, fairphone, unlocked phone, phone~0.6',
  ],
  [
    'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    'phone case, case~0.8, hulle, handyhulle, schutzhulle, handytasche, coque, etui~0.8, funda, custodia, cover~0.6, bumper case, flip case, wallet case, 手机壳, 保护壳, 保护套, 手机套, 手机殻',
  ],
  [
    'Electronics > Communications > Telephony > Mobile Phone Accessories',
    'cell phone accessories, mobile phone accessories, phone accessories, handyzubehor, smartphone zubehor, accessoires telephone, accesorios para movil',
  ],
  [
    'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors',
    'screen protector, displayschutz, panzerglas, schutzfolie, displayschutzfolie, verre trempe, protector de pantalla, tempered glass, schutzglas, hartglas, displayglas, schutzglass, pellicola protettiva, vetro temperato, beschermglas, szklo hartowane',
  ],
  [
    'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Stands',
    'phone stand, handyhalterung, phone holder, phone mount, car phone holder',
  ],
  [
    'Electronics > Communications > Telephony > Cordless Phones',
    'cordless phone, schnurloses telefon, dect telefon, dect phone',
  ],
  [
    'Electronics > Electronics Accessories > Power > Power Adapters & Chargers',
    'charger, phone charger, cell phone charger, handy ladegerat, handyladegerat, chargeur telephone, ladegerat, chargeur, cargador, caricabatterie, power bank, powerbank, portable charger, battery pack~0.6, wall charger, usb charger, charging station, ladestation, netzteil, power adapter, chargeur portable, batterie externe, bateria externa, wireless charger, magsafe charger, usb c charger, gan charger, fast charger, car charger',
  ],
  [
    'Electronics > Electronics Accessories > Cables',
    'cable, kabel, cable~0.9, cavo, usb cable, usb c cable, lightning cable, charging cable, ladekabel, hdmi cable, hdmi kabel, verlangerungskabel, cable usb, adapter~0.5',
  ],
  [
    'Electronics > Electronics Accessories > Cables > Audio & Video Cables',
    'hdmi cable, hdmi kabel, displayport cable, audio cable, aux cable',
  ],
  [
    'Electronics > Electronics Accessories > Power > Batteries > General Purpose Batteries',
    'battery, batteries, batterie, batterien, pile, pila, bateria~0.7, aa battery, aaa battery, akku~0.7, rechargeable battery, alkaline',
  ],
  [
    'Electronics > Electronics Accessories > Power > Power Strips & Surge Suppressors',
    'power strip, steckdosenleiste, multiprise, surge protector, mehrfachsteckdose',
  ],
  // Electronics: audio, video, games
  [
    'Electronics > Audio > Audio Components > Headphones & Headsets > Headphones',
    'headphones, headphone, kopfhorer, casque audio, auriculares, cuffie, earbuds, earphones, in ear, over ear, airpods, true wireless, ohrhorer, ecouteurs',
  ],
  ['Electronics > Audio > Audio Components > Headphones & Headsets > Headsets', 'headset, gaming headset'],
  [
    'Electronics > Audio > Audio Components > Speakers',
    'speaker, bluetooth speaker, lautsprecher, enceinte, altavoz, soundbar, smart speaker, echo dot, homepod, boombox',
  ],
  [
    'Electronics > Video > Televisions',
    'tv, television, fernseher, televiseur, televisor, televisore, smart tv, led tv, oled tv, qled, 4k tv, uhd tv, fernsehgerat',
  ],
  [
    'Electronics > Video > Video Accessories > Television Parts & Accessories',
    'tv mount~0.5, remote control~0.6, fernbedienung~0.6',
  ],
  [
    'Electronics > Video > Video Players & Recorders > Streaming & Home Media Players',
    'fire tv stick, streaming stick, chromecast, apple tv, roku, tv box, android tv box, set top box, settopbox, streaming box, media player, mediaplayer',
  ],
  // The broadcast standards name what receives them: a device named by its DVB standard and no
  // other product word is a TV receiver ("Telefunken DVB-T2 HD Receiver", "Zapper DVB-T2"); a
  // television names itself ("55UK7550 LED TV DVB-T2"), and its word is the stronger.
  [
    'Electronics > Video > Satellite & Cable TV',
    'dvb t2~0.6, dvb t~0.6, dvb s2~0.6, dvb s~0.6, dvb c~0.6, dvb~0.5, hd receiver, uhd receiver, 4k receiver~0.8, twin receiver~0.8',
  ],
  // Receivers are named with the television they feed ("DVB-T2 HD Receiver", "Décodeur TNT").
  [
    'Electronics > Video > Satellite & Cable TV > Satellite Receivers',
    'sat receiver, satreceiver, satellite receiver, dvb s2 receiver, sat empfanger, recepteur satellite, receptor satelite, ricevitore satellitare',
  ],
  [
    'Electronics > Video > Satellite & Cable TV > Cable TV Receivers',
    'dvb t2 receiver, dvb c receiver, kabelreceiver, kabel receiver, cable receiver, cable box, decodeur tnt, decodificador tdt, decoder dvb t2',
  ],
  // "Recorder" alone is the woodwind (the taxonomy's name); a device says what it records ("Audio
  // Recorder", "Blu-ray Recorder", "Digital Recorder 4GB") and an instrument its voice ("Soprano
  // Recorder", "Blockflöte").
  [
    'Electronics > Video > Video Players & Recorders',
    'blu ray recorder, bluray recorder, hdd recorder, festplattenrecorder, blu ray rekorder, video recorder, network video recorder, nvr recorder',
  ],
  [
    'Electronics > Audio > Audio Players & Recorders',
    'digital recorder, audio recorder, handy recorder, field recorder, portable recorder, mp3 recorder, usb recorder, track recorder, stereo recorder, enregistreur numerique, enregistreur audio, grabadora digital, registratore digitale',
  ],
  [
    'Electronics > Audio > Audio Players & Recorders > Voice Recorders',
    'voice recorder, diktiergerat, dictaphone, dyktafon, grabadora de voz, registratore vocale, enregistreur vocal, диктофон',
  ],
  [
    'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > Woodwinds > Recorders',
    'soprano recorder, alto recorder, tenor recorder, descant recorder, treble recorder, sopranino recorder, bass recorder, blockflote, sopranblockflote, altblockflote, flute a bec, flauta dulce, flauto dolce',
  ],
  // Projectors by their everyday names: German "Beamer", the French and Italian compounds
  // ("vidéoprojecteur"; "projecteur" alone is a floodlight), the singulars of the translated names.
  [
    'Electronics > Video > Projectors',
    'projector, beamer, mini beamer, projektor, videoprojecteur, video projecteur, videoproiettore, proiettore, proyector, projetor, rzutnik, проектор',
  ],
  // Card payment terminals (not card readers: an SD card reader is one too).
  [
    'Business & Industrial > Retail > Money Handling > Cash Register & POS Terminal Accessories > Credit Card Terminals',
    'payment terminal, card terminal, card payment terminal, pos terminal, ec terminal, kartenterminal, bezahlterminal, terminal de paiement, terminal de pago, datafono, terminale di pagamento, terminale pos, maquininha de cartao, terminal platniczy, платежный терминал',
  ],
  // Office telephones are wired desk sets, not mobile phones ("Cisco IP Phone 7841").
  [
    'Electronics > Communications > Telephony > Corded Phones',
    'ip phone, voip phone, sip phone, desk phone, tischtelefon, festnetztelefon, telephone fixe',
  ],
  [
    'Electronics > Video Game Consoles',
    'playstation 5, ps5, ps4, xbox series, nintendo switch, game console, spielkonsole, console de jeu',
  ],
  ['Electronics > Video Game Console Accessories', 'controller~0.6, gamepad, joy con, dualsense'],
  ['Software > Video Game Software', 'video game, videogame, ps5 game, switch game'],
  [
    'Cameras & Optics > Cameras > Digital Cameras',
    'camera, digital camera, body only~0.8, gehause~0.4, boitier nu~0.8, digitalkamera, kamera~0.8, appareil photo, camara, fotocamera, dslr, mirrorless, systemkamera, spiegelreflexkamera, bridge camera, compact camera, lumix, eos~0.5, coolpix, cyber shot',
  ],
  ['Cameras & Optics > Cameras > Video Cameras', 'camcorder, action camera, action cam, gopro, videokamera'],
  [
    'Cameras & Optics > Cameras > Surveillance Cameras',
    'security camera, sicherheitskamera, outdoor camera~0.6, uberwachungskamera, spotlight cam, floodlight cam, video doorbell~0.9, ip camera, camera de surveillance, doorbell camera',
  ],
  ['Cameras & Optics > Cameras > Webcams', 'webcam'],
  [
    'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Bags & Cases',
    'camera bag, kameratasche',
  ],
  [
    'Cameras & Optics > Camera & Optic Accessories > Camera & Video Camera Lenses > Camera Lenses',
    'camera lens, objektiv, objectif',
  ],
  [
    'Apparel & Accessories > Jewelry > Watches',
    'watch, smartwatch, smart watch, uhr~0.7, armbanduhr, montre, reloj, orologio, apple watch, fitness tracker~0.7',
  ],
  ['Electronics > GPS Navigation Systems', 'gps navigation, navi, navigationsgerat, sat nav'],
  // Home appliances
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators',
    'fridge, refrigerator, fridge freezer, table top fridge, tabletop fridge, under counter fridge, undercounter fridge, mini fridge, drinks fridge, wine fridge~0.8, wine cooler~0.7, einbaukuhlschrank, tischkuhlschrank, kuhlschrank, kuhl gefrierkombination, refrigerateur, frigo, frigorifico, frigorifero, larder fridge, american fridge freezer',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Freezers',
    'freezer, gefrierschrank, gefriertruhe, congelateur, congelador, congelatore, chest freezer',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Dishwashers',
    'dishwasher, geschirrspuler, spulmaschine, lave vaisselle, lavavajillas, lavastoviglie',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Microwave Ovens',
    'microwave, mikrowelle, micro onde, micro ondes, microondas, microonde',
  ],
  [
    'Home & Garden > Household Appliances > Laundry Appliances > Washing Machines',
    'washing machine, washer, waschmaschine, lave linge, lavadora, lavatrice, washer dryer, waschtrockner',
  ],
  [
    'Home & Garden > Household Appliances > Laundry Appliances > Dryers',
    'tumble dryer, dryer~0.6, trockner, warmepumpentrockner, seche linge, secadora, asciugatrice',
  ],
  [
    'Home & Garden > Household Appliances > Vacuums',
    'vacuum cleaner, vacuum, staubsauger, aspirateur, aspiradora, aspirador, robot aspirador, robot vacuum cleaner, robot aspirateur, aspirapolvere, robot vacuum, saugroboter, akkusauger, stick vacuum, robotic vacuum',
  ],
  [
    'Home & Garden > Household Appliances > Floor & Steam Cleaners',
    'steam mop, steam cleaner, dampfreiniger, window cleaning robot, fensterputzroboter, robot limpiacristales, limpiacristales, window robot',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines',
    'coffee machine, coffee maker, kaffeemaschine, kaffeevollautomat, espresso machine, cafetiere, machine a cafe, cafetera, macchina da caffe, nespresso, senseo',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles',
    'kettle, electric kettle, wasserkocher, bouilloire, hervidor',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Toasters',
    'toaster, grille pain, tostadora',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders',
    'blender, mixer~0.7, standmixer, stabmixer, mixeur, batidora, frullatore, food processor, kuchenmaschine, kitchenaid',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers',
    'air fryer, heissluftfritteuse, fritteuse, friteuse, freidora',
  ],
  [
    'Home & Garden > Household Appliances > Climate Control Appliances > Fans',
    'fan~0.7, ventilator, ventilateur, ventilador, desk fan, tower fan',
  ],
  [
    'Home & Garden > Household Appliances > Climate Control Appliances > Space Heaters',
    'space heater, heizlufter, radiateur electrique, heater',
  ],
  [
    'Home & Garden > Household Appliances > Climate Control Appliances > Air Conditioners',
    'air conditioner, klimaanlage, climatiseur, aire acondicionado',
  ],
  [
    'Home & Garden > Household Appliances > Climate Control Appliances > Humidifiers',
    'humidifier, luftbefeuchter, humidificateur, humidificador, diffuser~0.5',
  ],
  [
    'Home & Garden > Household Appliances > Climate Control Appliances > Dehumidifiers',
    'dehumidifier, luftentfeuchter, deshumidificateur, deshumidificador',
  ],
  [
    'Home & Garden > Household Appliances > Climate Control Appliances > Air Purifiers',
    'air purifier, luftreiniger, purificateur d air, purificador de aire',
  ],
  [
    'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers',
    'hair dryer, haartrockner, fohn, seche cheveux, secador de pelo',
  ],
  [
    'Health & Beauty > Personal Care > Shaving & Grooming > Electric Razors',
    'electric shaver, rasierer, elektrorasierer, rasoir electrique, trimmer~0.6, beard trimmer',
  ],
  [
    'Health & Beauty > Personal Care > Oral Care > Toothbrushes',
    'toothbrush, zahnburste, elektrische zahnburste, brosse a dents, cepillo de dientes',
  ],
  // Apparel
  ['Apparel & Accessories > Clothing', 'clothing, bekleidung, kleidung, vetements, ropa, abbigliamento, apparel'],
  ['Apparel & Accessories', 'damen~0.3, herren~0.3, women~0.3, men~0.3, femme~0.3, homme~0.3, mode~0.3, fashion~0.3'],
  [
    'Apparel & Accessories > Clothing > Shirts & Tops',
    't shirt, tshirt, tee~0.6, shirt, hemd, chemise, camisa, camiseta, maglietta, blouse, bluse, top~0.4, polo shirt, poloshirt, tank top, longsleeve, sweater, pullover, strickpullover, pull~0.6, jumper~0.8, sweatshirt, hoodie, kapuzenpullover, sudadera, jersey~0.5, cardigan, strickjacke, gilet~0.5, tunika, tunic, troyer, rollkragenpullover, felpa, maglione',
  ],
  [
    'Apparel & Accessories > Clothing > Dresses',
    'dress, kleid, robe~0.9, vestido, vestito, abito~0.6, sommerkleid, maxikleid, minikleid, jerseykleid, strickkleid, blusenkleid',
  ],
  [
    'Apparel & Accessories > Clothing > Pants',
    'pants, trousers, hose, hosen, pantalon, pantalones, pantaloni, jeans, jean, chino, chinos, leggings, jogginghose, joggers, sweatpants, stoffhose, cargohose, slacks',
  ],
  ['Apparel & Accessories > Clothing > Shorts', 'shorts, short~0.5, bermuda, kurze hose'],
  ['Apparel & Accessories > Clothing > Skirts', 'skirt, rock~0.6, jupe, falda, gonna, minirock'],
  [
    'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets',
    'jacket, coat, jacke, mantel, veste~0.8, manteau, blouson, chaqueta, abrigo, giacca, cappotto, parka, anorak, windbreaker, softshelljacke, daunenjacke, down jacket, puffer jacket, regenjacke, rain jacket, fleecejacke',
  ],
  [
    'Apparel & Accessories > Clothing > Underwear & Socks > Socks',
    'socks, socken, chaussettes, calcetines, calzini, strumpfe',
  ],
  [
    'Apparel & Accessories > Clothing > Underwear & Socks > Underwear',
    'underwear, unterwasche, boxershorts, boxer brief, slip~0.6, culotte, panties, briefs',
  ],
  ['Apparel & Accessories > Clothing > Underwear & Socks > Bras', 'bra, bh, soutien gorge, sujetador, reggiseno'],
  [
    'Apparel & Accessories > Clothing > Swimwear',
    'swimsuit, badeanzug, bikini, maillot de bain, badehose, swim shorts, banador, costume da bagno',
  ],
  [
    'Apparel & Accessories > Clothing > Sleepwear & Loungewear',
    'pajamas, pyjama, schlafanzug, nightgown, nachthemd, bathrobe, bademantel, peignoir',
  ],
  ['Apparel & Accessories > Clothing > Suits', 'suit~0.7, anzug, costume~0.4, traje~0.5, blazer~0.7, sakko'],
  [
    'Apparel & Accessories > Clothing > Activewear',
    'sportswear, activewear, sportbekleidung, trainingsanzug, tracksuit, sport bh, sports bra',
  ],
  [
    'Apparel & Accessories > Clothing Accessories > Hats',
    'hat, cap~0.6, mutze, beanie, hut, chapeau, bonnet~0.7, gorra, sombrero, cappello, baseball cap',
  ],
  [
    'Apparel & Accessories > Clothing Accessories > Scarves & Shawls',
    'scarf, schal, echarpe, bufanda, sciarpa, foulard',
  ],
  [
    'Apparel & Accessories > Clothing Accessories > Gloves & Mittens',
    'gloves, handschuhe, gants, guantes, guanti, mittens',
  ],
  ['Apparel & Accessories > Clothing Accessories > Belts', 'belt, gurtel, ceinture~0.7, cinturon, cintura'],
  [
    'Apparel & Accessories > Clothing Accessories > Sunglasses',
    'sunglasses, sonnenbrille, lunettes de soleil, gafas de sol, occhiali da sole',
  ],
  [
    'Apparel & Accessories > Shoes',
    'shoes, shoe, schuhe, schuh, chaussures, chaussure, zapatos, zapatillas, scarpe, sneaker, sneakers, trainers, turnschuhe, boots, boot, stiefel, stiefeletten, bottes, bottines, botas, stivali, chelsea boots, sandals, sandalen, sandales, sandalias, loafers, pumps, heels, high heels, ballerinas, slippers, hausschuhe, pantoffeln, flip flops, running shoes, laufschuhe, wanderschuhe, hiking boots, derby, mocassins, espadrilles, clogs, halbschuhe, schnurschuhe, schnurboots, stiefelette, slide sandals, pool slides, badeschuhe, badelatschen, claquettes, chanclas, ciabatte, slides~0.7, ballet flats, ballet pumps, ballerines, bailarinas',
  ],
  // "Slides" are sandals or a playground slide: both readings, the title's audience and shoe words or the breadcrumb decide.
  ['Toys & Games > Outdoor Play Equipment > Slides', 'slides, playground slide, rutsche, toboggan~0.6, tobogan'],
  [
    'Apparel & Accessories > Handbags, Wallets & Cases > Handbags',
    'handbag, handtasche, sac a main, bolso, borsa~0.7, shoulder bag, umhangetasche, tote bag, clutch',
  ],
  [
    'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips',
    'wallet, geldborse, portemonnaie, portefeuille, cartera, portafoglio, geldbeutel',
  ],
  ['Apparel & Accessories > Jewelry', 'jewelry, jewellery, schmuck, bijoux, joyas, gioielli'],
  [
    'Apparel & Accessories > Jewelry > Necklaces',
    'necklace, halskette, kette~0.5, collier, collar~0.4, collana, pendant necklace',
  ],
  ['Apparel & Accessories > Jewelry > Rings', 'ring~0.6, bague, anillo, anello'],
  ['Apparel & Accessories > Jewelry > Earrings', 'earrings, ohrringe, boucles d oreilles, pendientes, orecchini'],
  ['Apparel & Accessories > Jewelry > Bracelets', 'bracelet, armband~0.7, pulsera, bracciale'],
  ['Luggage & Bags > Backpacks', 'backpack, rucksack, sac a dos, mochila, zaino, daypack'],
  ['Luggage & Bags > Suitcases', 'suitcase, koffer, valise, maleta, valigia, trolley, carry on luggage, hand luggage'],
  ['Luggage & Bags > Duffel Bags', 'duffel bag, sporttasche, reisetasche, weekender'],
  [
    'Electronics > Electronics Accessories > Computer Accessories',
    'laptop sleeve, laptop bag, laptoptasche, notebooktasche, laptop case, housse ordinateur',
  ],
  // Furniture
  [
    'Furniture > Chairs',
    'chair, stuhl, chaise, silla, sedia, accent chair, dining chair, esszimmerstuhl, rocking chair, stool, hocker, barhocker, bar stool, tabouret',
  ],
  [
    'Furniture > Chairs > Arm Chairs, Recliners & Sleeper Chairs',
    'armchair, arm chair, sessel, ohrensessel, fernsehsessel, fauteuil, sillon, poltrona, recliner, relaxsessel, club chair, wingback chair',
  ],
  [
    'Furniture > Office Furniture > Office Chairs',
    'office chair, burostuhl, drehstuhl, chefsessel, gaming chair, gaming stuhl, chaise de bureau, silla de oficina, desk chair',
  ],
  [
    'Furniture > Office Furniture > Desks',
    'desk, schreibtisch, bureau~0.6, escritorio, scrivania, computer desk, standing desk, hohenverstellbarer schreibtisch',
  ],
  [
    'Furniture > Tables',
    'table~0.8, tisch, mesa, tavolo, dining table, esstisch, coffee table, couchtisch, table basse, side table, beistelltisch, console table, nightstand, nachttisch, table de chevet, end table',
  ],
  [
    'Furniture > Sofas',
    'sofa, couch, canape, divano, sectional, loveseat, schlafsofa, sofa bed, ecksofa, wohnlandschaft',
  ],
  [
    'Furniture > Beds & Accessories > Beds & Bed Frames',
    'bed, bett, lit~0.6, cama, letto, bed frame, bettgestell, boxspringbett, doppelbett, polsterbett, bunk bed, hochbett',
  ],
  [
    'Furniture > Beds & Accessories > Mattresses',
    'mattress, matratze, matelas, colchon, materasso, taschenfederkernmatratze, kaltschaummatratze',
  ],
  [
    'Furniture > Cabinets & Storage',
    'cabinet, schrank, armoire~0.7, commode~0.6, vitrine, highboard, aufbewahrung~0.5, storage cabinet, tv board~0.5',
  ],
  // The pieces the taxonomy has a node for, at that node (a dresser is no cabinet in general).
  ['Furniture > Cabinets & Storage > Dressers', 'kommode, dresser, chest of drawers'],
  ['Furniture > Cabinets & Storage > Armoires & Wardrobes', 'wardrobe, kleiderschrank'],
  ['Furniture > Cabinets & Storage > Buffets & Sideboards', 'sideboard, buffet~0.5'],
  [
    'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Shoe Racks & Organizers',
    'schuhschrank, shoe cabinet',
  ],
  ['Furniture > Shelving', 'shelf, shelves, regal, etagere, estanteria, scaffale, shelving unit'],
  ['Furniture > Shelving > Bookcases & Standing Shelves', 'bookcase, bucherregal, standregal'],
  ['Furniture > Shelving > Wall Shelves & Ledges', 'wall shelf, wandregal'],
  ['Furniture > Benches', 'bench, bank~0.4, sitzbank, banc, banco, panca'],
  ['Furniture > Ottomans', 'ottoman, pouf, hocker~0.4, footstool'],
  [
    'Furniture > Outdoor Furniture',
    'garden furniture, gartenmobel, patio furniture, outdoor furniture, salon de jardin, gartenstuhl, gartentisch, sun lounger, sonnenliege, liegestuhl, hollywoodschaukel',
  ],
  [
    'Furniture > Entertainment Centers & TV Stands',
    'tv stand, tv lowboard, lowboard, tv unit, meuble tv, mueble tv, tv schrank, media console',
  ],
  // Home & Garden
  [
    'Home & Garden > Lighting > Lamps',
    'lamp, lampe, lampara, lampada, table lamp, tischlampe, tischleuchte, floor lamp, stehlampe, stehleuchte, desk lamp, schreibtischlampe, lampe de chevet, leuchte~0.8, nachttischlampe, lampadaire',
  ],
  [
    'Home & Garden > Lighting > Lighting Fixtures > Wall Light Fixtures',
    'sconce, wall sconce, wall light, wall lamp, wandleuchte, wandlampe, applique, aplique, wall lighting',
  ],
  [
    'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures',
    'ceiling light, deckenleuchte, deckenlampe, plafonnier, flush mount, pendant light, pendelleuchte, hangelampe, suspension~0.6, pendant lamp, pendant~0.5, lantern pendant',
  ],
  ['Home & Garden > Lighting > Lighting Fixtures > Chandeliers', 'chandelier, kronleuchter, lustre, lampara de arana'],
  [
    'Home & Garden > Lighting > Light Bulbs > LED Light Bulbs',
    'led bulb, led light bulb, led lampe, gluhbirne~0.7, ampoule led, bombilla led, e27, e14, gu10',
  ],
  [
    'Home & Garden > Lighting > Night Lights & Ambient Lighting',
    'night light, nachtlicht, veilleuse, luz nocturna, star projector, galaxy projector, sternenhimmel projektor, moon lamp, mondlampe, lava lamp, ambient light',
  ],
  [
    'Home & Garden > Lighting > Light Ropes & Strings',
    'tv backlight, tv hintergrundbeleuchtung, hintergrundbeleuchtung~0.6, string lights, fairy lights, lichterkette, guirlande lumineuse, led strip, led streifen, light strip',
  ],
  ['Home & Garden > Lighting > Flood & Spot Lights', 'floodlight, flood light, led strahler, spotlight, projecteur'],
  ['Home & Garden > Lighting', 'lighting, beleuchtung, luminaire, light fixture, lighting fixture, lights~0.4'],
  [
    'Hardware > Tools > Flashlights & Headlamps',
    'flashlight, taschenlampe, lampe torche, linterna, torch~0.6, headlamp, stirnlampe, lampe frontale',
  ],
  ['Hardware > Tools > Work Lights', 'work light, arbeitsleuchte, baustrahler'],
  ['Home & Garden > Decor', 'decor, deko, dekoration, decoration, wohndeko, home decor'],
  ['Home & Garden > Decor > Rugs', 'rug, teppich, tapis~0.8, alfombra, tappeto, area rug, runner rug, laufer~0.5'],
  ['Home & Garden > Decor > Door Mats', 'doormat, door mat, fussmatte, paillasson, felpudo, zerbino, estera~0.7'],
  ['Home & Garden > Decor > Mirrors', 'mirror, spiegel, miroir, espejo, specchio, wall mirror, wandspiegel'],
  ['Home & Garden > Decor > Vases', 'vase, vasen, jarron'],
  [
    'Home & Garden > Decor > Home Fragrances > Candles',
    'candle, kerze, kerzen, bougie, vela~0.7, candela, duftkerze, scented candle',
  ],
  [
    'Home & Garden > Decor > Artwork',
    'wall art, poster, kunstdruck, leinwandbild, canvas print, painting~0.6, wandbild, tableau~0.5',
  ],
  ['Home & Garden > Decor > Picture Frames', 'picture frame, bilderrahmen, cadre photo, photo frame'],
  ['Home & Garden > Decor > Clocks', 'clock, wanduhr, wall clock, alarm clock, wecker, reveil, horloge'],
  [
    'Home & Garden > Decor > Throw Pillows',
    'throw pillow, cushion, kissen~0.6, zierkissen, dekokissen, coussin, cojin, cuscino',
  ],
  [
    'Home & Garden > Decor > Window Treatments > Curtains & Drapes',
    'curtain, curtains, vorhang, vorhange, gardine, gardinen, rideau, cortina, tenda~0.5',
  ],
  [
    'Home & Garden > Decor > Seasonal & Holiday Decorations',
    'halloween decoration, christmas decoration, weihnachtsdeko, fall decor, autumn decor, decoracion de otono, decoration automne, herbstdeko',
  ],
  [
    'Home & Garden > Linens & Bedding > Bedding',
    'bedding, bettwasche, linge de lit, ropa de cama, bed sheet, spannbettlaken, duvet, bettdecke, comforter, couette, blanket~0.6, decke~0.5',
  ],
  ['Home & Garden > Linens & Bedding > Bedding > Pillows', 'pillow, kopfkissen, oreiller, almohada, guanciale'],
  [
    'Home & Garden > Linens & Bedding > Towels',
    'towel, towels, handtuch, handtucher, serviette de bain, toalla, asciugamano, bath towel, badetuch',
  ],
  [
    'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware',
    'cookware, kochtopf, topf~0.6, pot~0.4, pan~0.6, pfanne, bratpfanne, poele, sarten, padella, casserole~0.5, dutch oven, saucepan, frying pan, skillet, wok, cookware set, topfset',
  ],
  [
    'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Bakeware',
    'baking tray, backblech, backform, baking dish, moule a gateau, muffin tin, cake pan',
  ],
  [
    'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates',
    'plate, plates, teller, assiette, plato~0.6, piatto, dinner plate, canape plate, dessert plate',
  ],
  [
    'Home & Garden > Kitchen & Dining > Tableware > Dinnerware',
    'dinnerware, geschirr, geschirrset, vaisselle, vajilla, dinner set, bowl~0.7, schussel, bol~0.6',
  ],
  [
    'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs',
    'mug, tasse~0.7, becher~0.6, coffee mug, kaffeebecher, taza',
  ],
  [
    'Home & Garden > Kitchen & Dining > Tableware > Drinkware',
    'glass~0.5, glaser, trinkglas, wine glass, weinglas, verre~0.5, tumbler, water bottle, trinkflasche, gourde, botella~0.5, thermos, thermoskanne, travel mug',
  ],
  [
    'Home & Garden > Kitchen & Dining > Tableware > Flatware',
    'cutlery, besteck, couverts, cubiertos, posate, flatware, cutlery set, besteckset',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives',
    'kitchen knife, kuchenmesser, chef knife, kochmesser, couteau de cuisine, cuchillo, knife set, messerset, messerblock',
  ],
  // Compound heads and head nouns: "Buttermesser", "butter knife", "Bierglas", "beer glass" are a knife and a glass.
  ['Home & Garden > Kitchen & Dining > Tableware > Flatware', 'messer~0.7, knife~0.7, besteck, cutlery, couteau~0.7'],
  [
    'Home & Garden > Kitchen & Dining > Tableware > Drinkware',
    'glas~0.7, glazen~0.7, glass~0.7, bicchiere~0.7, vaso~0.5, copo~0.5',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils',
    'kitchen utensil, kuchenhelfer, spatula, pfannenwender, schneebesen, whisk, peeler, grater, reibe, can opener, dosenoffner, cutting board, schneidebrett',
  ],
  [
    'Home & Garden > Kitchen & Dining > Food Storage',
    'food storage container, frischhaltedose, vorratsdose, lunch box, brotdose, tupperware, meal prep container',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Coffee Maker & Espresso Machine Accessories > Coffee Filters',
    'coffee filter, kaffeefilter, filtre a cafe',
  ],
  [
    'Home & Garden > Bathroom Accessories',
    'bathroom accessory, badzubehor, shower curtain, duschvorhang, toothbrush holder, soap dispenser, seifenspender, bath mat, badematte, towel rack',
  ],
  [
    'Hardware > Plumbing > Plumbing Fixtures > Faucets',
    'faucet, tap~0.4, wasserhahn, armatur, mischbatterie, kuchenarmatur, robinet, mitigeur, grifo, rubinetto',
  ],
  [
    'Hardware > Plumbing > Plumbing Fixtures > Sinks > Kitchen & Utility Sinks',
    'kitchen sink, spule~0.6, spulbecken, evier, fregadero, lavello, sink~0.7',
  ],
  [
    'Home & Garden > Household Supplies > Household Cleaning Supplies',
    'cleaning, reiniger, cleaner~0.6, putzmittel, nettoyant, limpiador, detergent~0.6, sponge, schwamm, eponge, microfiber cloth, mikrofasertuch, mop, wischmopp, besen, broom',
  ],
  [
    'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Dish Detergent & Soap',
    'dishwasher detergent, dishwasher pods, dishwasher tablets, dishwasher tabs, spulmaschinentabs, geschirrspultabs, spulmittel, dish soap, washing up liquid, liquide vaisselle, pastilles lave vaisselle, lavavajillas pastillas',
  ],
  [
    'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent',
    'laundry detergent, waschmittel, lessive, detergente, vollwaschmittel, colorwaschmittel, waschpulver, pods~0.5',
  ],
  [
    'Home & Garden > Household Supplies > Household Paper Products > Paper Towels',
    'paper towels, paper towel, kuchenrolle, kuchenpapier, essuie tout, bounty',
  ],
  [
    'Home & Garden > Household Supplies > Household Paper Products > Toilet Paper',
    'toilet paper, toilettenpapier, papier toilette, papel higienico, klopapier',
  ],
  [
    'Home & Garden > Household Supplies > Storage & Organization',
    'storage box, aufbewahrungsbox, storage basket, korb~0.5, aufbewahrungskorb, organizer~0.6, boite de rangement, caja de almacenaje',
  ],
  [
    'Home & Garden > Household Supplies > Waste Containment > Trash Cans & Wastebaskets',
    'trash can, mulleimer, abfalleimer, poubelle, cubo de basura, pattumiera, wastebasket',
  ],
  [
    'Home & Garden > Lawn & Garden > Gardening > Pots & Planters',
    'planter, flower pot, blumentopf, ubertopf, pflanzkubel, pot de fleur, maceta, vaso per piante',
  ],
  [
    'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers',
    'lawn mower, rasenmaher, mahroboter, tondeuse, cortacesped, tosaerba, robotic mower',
  ],
  [
    'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses',
    'garden hose, gartenschlauch, tuyau d arrosage, manguera',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Outdoor Grill Accessories',
    'grill accessory, grillzubehor',
  ],
  [
    'Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Outdoor Grill Accessories > Charcoal Briquettes',
    'lumpwood charcoal, barbecue charcoal, bbq charcoal, grill charcoal, charcoal briquettes, holzkohle, grillkohle, holzkohlebriketts, charbon de bois, carbon vegetal, carbonella, carbone vegetale, houtskool',
  ],
  ['Home & Garden > Business & Home Security > Home Alarm Systems', 'alarm system, alarmanlage'],
  // Food and pet food
  [
    'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food',
    'cat food, katzenfutter, food for cat, food for adult cat, food for cats, wet food for cat, dry food for cat, futter fur katzen, nourriture pour chat, pienso para gato, soup for cat~0.8, katzenmilch, nassfutter katze, trockenfutter katze, croquettes chat, patee chat, pienso gatos, comida para gatos, cibo per gatti, katzennassfutter, katzentrockenfutter, whiskas, felix~0.6, sheba, gourmet~0.3, kitten food, cat treats~0.5, katzensnacks~0.6',
  ],
  [
    'Animals & Pet Supplies > Pet Supplies > Cat Supplies',
    'cat~0.4, cats~0.4, kitten~0.4, katze~0.4, katzen~0.4, chat~0.3, chats~0.3, gato~0.4, gatos~0.4, gatto~0.4, gatti~0.4, gatinho~0.4, gatinhos~0.4, kot~0.4, kota~0.4, kotów~0.4, katt~0.4, katter~0.4, kočka~0.4, kočky~0.4, кошек~0.4, кошки~0.4',
  ],
  [
    'Animals & Pet Supplies > Pet Supplies > Dog Supplies',
    'dog~0.4, dogs~0.4, puppy~0.4, hund~0.4, hunde~0.4, chien~0.4, chiens~0.4, perro~0.4, perros~0.4, cane~0.2, cani~0.4, cachorro~0.4, cachorros~0.4, cachorrinho~0.4, cão~0.4, cães~0.4, pies~0.4, psa~0.4, psów~0.4, hond~0.4, honden~0.4, hundar~0.4, psy~0.4, собак~0.4, собаки~0.4',
  ],
  [
    'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Treats',
    'cat treats, katzensnacks, katzenleckerli, friandises chat, dreamies, temptations',
  ],
  [
    'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter',
    'cat litter, katzenstreu, litiere, arena para gatos, lettiera',
  ],
  [
    'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture',
    'cat tree, kratzbaum, arbre a chat, rascador',
  ],
  ['Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Toys', 'cat toy, katzenspielzeug'],
  [
    'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food',
    'dog food, hundefutter, food for dog, food for adult dog, futter fur hunde, nourriture pour chien, pienso para perro, croquettes chien, pienso perros, comida para perros, cibo per cani, puppy food, hundetrockenfutter, hundenassfutter, pedigree',
  ],
  [
    'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Treats',
    'dog treats, hundesnacks, hundeleckerli, kauknochen, dog chew, friandises chien',
  ],
  ['Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Toys', 'dog toy, hundespielzeug'],
  ['Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Beds', 'dog bed, hundebett, hundekorb, panier chien'],
  ['Animals & Pet Supplies > Pet Supplies > Pet Leashes', 'leash, leine~0.7, hundeleine, laisse'],
  [
    'Animals & Pet Supplies > Pet Supplies > Pet Collars & Harnesses',
    'dog collar, halsband, harness, hundegeschirr, collier chien',
  ],
  [
    'Animals & Pet Supplies > Pet Supplies',
    'pet supplies, tierbedarf, futter~0.6, nassfutter~0.8, trockenfutter~0.8, pet food, animalerie, wet food~0.6, dry food~0.6, kibble, croquettes~0.7',
  ],
  ['Food, Beverages & Tobacco > Food Items', 'food~0.4, lebensmittel, snack~0.6, snacks~0.6, organic food'],
  [
    'Food, Beverages & Tobacco > Beverages > Coffee',
    'coffee beans, kaffeebohnen, ground coffee, cafe moulu, cafe en grains, coffee pods, kaffeekapseln, capsules cafe, espresso beans, instant coffee',
  ],
  [
    'Food, Beverages & Tobacco > Beverages > Tea & Infusions',
    'tea~0.8, tee~0.5, the~0.2, green tea, gruner tee, black tea, herbal tea, krautertee, tea bags, teebeutel',
  ],
  [
    'Food, Beverages & Tobacco > Beverages > Water',
    'mineral water, mineralwasser, sparkling water, eau minerale, agua mineral',
  ],
  ['Food, Beverages & Tobacco > Beverages > Juice', 'juice, saft, orangensaft, jus d orange, zumo'],
  ['Food, Beverages & Tobacco > Beverages > Soda', 'soda, cola, soft drink, limonade, lemonade'],
  [
    'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Wine',
    'wine, wein, rotwein, weisswein, vin rouge, vino, red wine, white wine, prosecco, champagne',
  ],
  [
    'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer',
    'beer, bier, biere, cerveza, birra, lager~0.6, ipa~0.6',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Candy & Chocolate',
    'chocolate, schokolade, chocolat, cioccolato, candy, sussigkeiten, bonbons, gummy bears, gummibarchen, praline, pralinen',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Snack Foods > Chips',
    'chips, crisps, potato chips, kartoffelchips, tortilla chips',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Nuts & Seeds',
    'nuts, nusse, almonds, mandeln, cashews, peanuts, erdnusse, walnuts, trail mix, studentenfutter',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Pasta & Noodles',
    'pasta, nudeln, spaghetti, penne, fusilli, noodles, pates~0.6, tagliatelle, lasagne',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Rice',
    'rice, reis, riz, arroz, riso, basmati, jasmine rice',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Cereal & Granola',
    'cereal, muesli, musli, granola, cornflakes, porridge~0.6, haferflocken, oats',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients',
    'flour, mehl, farine, harina, sugar, zucker, sucre, baking powder, backpulver, olive oil, olivenol, huile d olive, aceite de oliva, cooking oil, speiseol, yeast, hefe',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Condiments & Sauces',
    'sauce, sosse, ketchup, mayonnaise, mustard, senf, moutarde, salsa~0.6, pesto, soy sauce, dressing~0.6, vinegar, essig',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Seasonings & Spices',
    'spice, spices, gewurz, gewurze, epices, especias, spezie, salt, salz, pepper~0.6, pfeffer, paprika~0.5, seasoning',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Dairy Products',
    'milk, milch, lait~0.7, leche, latte~0.4, cheese, kase, fromage, queso, formaggio, yogurt, joghurt, yaourt, butter~0.8, beurre, cream~0.4, sahne',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs',
    'meat, fleisch, viande, carne, beef, rindfleisch, steak, chicken~0.7, hahnchen, pork, schweinefleisch, sausage, wurst, salami, ham, schinken, bacon, minced meat, hackfleisch, mince~0.7, fish~0.6, fisch, salmon, lachs, tuna, thunfisch, eggs, eier, shrimp, garnelen',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables',
    'fruit, obst, fruits, vegetables, gemuse, legumes, verduras, verdura, tomatoes, tomaten, potatoes, kartoffeln, bananas, bananen, berries, beeren, dried fruit, trockenobst',
  ],
  [
    'Food, Beverages & Tobacco > Food Items > Bakery',
    'bread, brot, pain~0.6, pan~0.3, biscuits, kekse, cookies, cake~0.7, kuchen~0.6, croissant, toast bread, toastbrot',
  ],
  ['Food, Beverages & Tobacco > Food Items > Soups & Broths', 'soup, suppe, soupe, sopa, broth, bruhe'],
  [
    'Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements',
    'vitamin, vitamins, vitamine, supplement, nahrungserganzungsmittel, complement alimentaire, suplemento, protein powder, proteinpulver, whey, magnesium, omega 3, capsules~0.4, kapseln~0.5',
  ],
  // Toys & baby
  ['Toys & Games > Toys', 'toy, toys, spielzeug, jouet, juguete, giocattolo, kids toy, kinderspielzeug'],
  [
    'Toys & Games > Toys > Building Toys',
    'lego, building blocks, bausteine, klemmbausteine, duplo, playmobil~0.6, construction set, building set, bauset',
  ],
  [
    'Toys & Games > Toys > Dolls, Playsets & Toy Figures',
    'doll, puppe, poupee, muneca, bambola, action figure, actionfigur, figurine~0.7, spielfigur, barbie, playset, spielset',
  ],
  [
    'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals',
    'stuffed animal, plush, plushie, kuscheltier, stofftier, plusch, peluche, teddy bear, teddybar, squishmallow, soft toy, cuddly toy, doudou, knuffel',
  ],
  [
    'Toys & Games > Toys > Toy Weapons & Gadgets',
    'dart blaster, foam blaster, nerf~0.7, spielzeugpistole, water gun, wasserpistole, pistolet a eau, pistola de agua',
  ],
  [
    'Toys & Games > Toys > Play Vehicles',
    'toy car, spielzeugauto, modellauto, hot wheels, matchbox, toy train, spielzeugeisenbahn',
  ],
  [
    'Toys & Games > Toys > Remote Control Toys',
    'rc car, remote control car, ferngesteuertes auto, rc auto, voiture telecommandee, drone~0.6',
  ],
  ['Toys & Games > Toys > Educational Toys', 'educational toy, lernspielzeug, stem toy, montessori'],
  [
    'Toys & Games > Games > Board Games',
    'board game, brettspiel, gesellschaftsspiel, jeu de societe, juego de mesa, gioco da tavolo, monopoly',
  ],
  // A card game is its own node (0.25 kg of board, data/typical-ranges.csv), not a board game's 0.9 kg.
  [
    'Toys & Games > Games > Card Games',
    'card game, kartenspiel, jeu de cartes, juego de cartas, gioco di carte, kaartspel',
  ],
  ['Toys & Games > Puzzles > Jigsaw Puzzles', 'puzzle, jigsaw, jigsaw puzzle, 1000 piece, 1000 teile, puzzles'],
  [
    'Baby & Toddler > Diapering > Diapers',
    'diapers, diaper, windeln, windel, couches~0.7, panales, pannolini, pampers',
  ],
  [
    'Baby & Toddler > Baby Transport > Baby Strollers',
    'stroller, kinderwagen, buggy, pushchair, poussette, carrito de bebe, passeggino',
  ],
  [
    'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats',
    'car seat, kindersitz, autokindersitz, babyschale, siege auto',
  ],
  // Books and media
  [
    'Media > Books',
    'book, buch, bucher, livre, libro, libri, novel, roman~0.6, novela, romanzo, cookbook, kochbuch, livre de cuisine, recipes~0.6, rezepte~0.6, paperback, taschenbuch, hardcover, gebundene ausgabe, broschiert, poche~0.5, biography, biografie, thriller~0.5, fiction, sachbuch, childrens book, kinderbuch, bilderbuch, comic, manga, isbn, edition~0.3, volume~0.3, band~0.2',
  ],
  ['Media > Books > E-books', 'kindle edition, kindle ebook, ebook, e book, kindle ausgabe, format kindle, epub'],
  ['Media > Books > Audiobooks', 'audiobook, horbuch, livre audio, audible'],
  ['Media > DVDs & Videos', 'dvd, blu ray, bluray'],
  ['Media > Music & Sound Recordings', 'vinyl, vinyl lp, schallplatte, music cd, audio cd'],
  ['Media > Magazines & Newspapers', 'magazine, zeitschrift, magazin, newspaper, zeitung'],
  // Beauty & personal care
  [
    'Health & Beauty > Personal Care > Cosmetics > Skin Care',
    'skin care, skincare, hautpflege, moisturizer, face cream, gesichtscreme, creme~0.6, cream~0.5, serum, lotion, body lotion, sunscreen, sonnencreme, creme solaire, protector solar, cleanser, face wash, toner~0.3, night cream, nachtcreme, anti aging, hyaluron',
  ],
  [
    'Health & Beauty > Personal Care > Cosmetics > Makeup',
    'makeup, make up, maquillage, maquillaje, trucco, mascara, lipstick, lippenstift, rouge a levres, foundation~0.7, concealer, eyeshadow, lidschatten, eyeliner, lip gloss, blush, puder, powder~0.4, nail polish~0.5, nagellack',
  ],
  [
    'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne',
    'perfume, parfum, eau de parfum, eau de toilette, cologne, profumo, fragrance~0.7, duft~0.5',
  ],
  [
    'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Face Mirrors',
    'makeup mirror, make up mirror, vanity mirror, cosmetic mirror, kosmetikspiegel, schminkspiegel, miroir de maquillage, espejo de maquillaje',
  ],
  [
    'Health & Beauty > Personal Care > Cosmetics > Nail Care',
    'nail polish, nagellack, vernis a ongles, esmalte de unas, nail file',
  ],
  [
    'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner > Shampoo',
    'shampoo, champu, shampooing, dry shampoo, trockenshampoo',
  ],
  [
    'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner > Conditioners',
    'conditioner, haarspulung, spulung~0.6, apres shampooing, acondicionador',
  ],
  ['Health & Beauty > Personal Care', 'tea tree~0.3, personal care, korperpflege, drogerie~0.5'],
  [
    'Health & Beauty > Personal Care > Hair Care',
    'hair care,  hair mask, haarmaske, hair oil, haarol, hair care, haarpflege, hair spray, haarspray, hair gel',
  ],
  [
    'Health & Beauty > Personal Care > Cosmetics > Bath & Body',
    'shower gel, duschgel, gel douche, gel de ducha, body wash, soap, seife, savon, jabon, sapone, bath bomb, bath salts, badesalz, hand cream, handcreme',
  ],
  [
    'Health & Beauty > Personal Care > Deodorant & Anti-Perspirant',
    'deodorant, deo, antitranspirant, deodorant stick, desodorante',
  ],
  [
    'Health & Beauty > Personal Care > Oral Care',
    'toothpaste, zahnpasta, zahncreme, dentifrice, pasta de dientes, dental floss, zahnseide, mouthwash, mundspulung',
  ],
  [
    'Health & Beauty > Personal Care > Shaving & Grooming',
    'razor, rasierer~0.6, shaving cream, rasierschaum, aftershave',
  ],
  ['Health & Beauty > Health Care', 'first aid, erste hilfe, face mask~0.5, ffp2, medical mask, bandage, pflaster'],
  // Medical devices by their own node: a health-care parent holds devices, medicines and aids alike.
  [
    'Health & Beauty > Health Care > Biometric Monitors > Blood Pressure Monitors',
    'blood pressure monitor, blood pressure meter, sphygmomanometer, blutdruckmessgerat',
  ],
  [
    'Health & Beauty > Health Care > Biometric Monitors > Medical Thermometers',
    'thermometer~0.6, fever thermometer, clinical thermometer, ear thermometer, forehead thermometer, infrared thermometer~0.6',
  ],
  [
    'Health & Beauty > Health Care > Biometric Monitors > Pulse Oximeters',
    'pulse oximeter, oximeter, fingertip oximeter',
  ],
  [
    'Health & Beauty > Health Care > Biometric Monitors > Blood Glucose Meters',
    'blood glucose meter, glucose meter, glucometer, blood sugar monitor, blutzuckermessgerat',
  ],
  ['Health & Beauty > Health Care > Respiratory Care > Nebulizers', 'nebulizer, nebuliser, inhalationsgerat'],
  // Tools & hardware
  ['Hardware > Tools', 'tool, werkzeug, outil, herramienta, utensile~0.5'],
  [
    'Hardware > Tools > Drills',
    'drill, bohrmaschine, akkuschrauber, schlagbohrmaschine, perceuse, taladro, trapano, cordless drill, drill driver, hammer drill, bohrhammer',
  ],
  [
    'Hardware > Tools > Screwdrivers',
    'screwdriver, schraubendreher, schraubenzieher, tournevis, destornillador, cacciavite, screwdriver set',
  ],
  ['Hardware > Tools > Hammers', 'hammer, marteau, martillo, martello'],
  [
    'Hardware > Tools > Saws',
    'saw, sage~0.6, kreissage, stichsage, circular saw, jigsaw~0.4, scie, sierra~0.5, hacksaw, mitre saw, miter saw, chainsaw, kettensage, reciprocating saw',
  ],
  [
    'Hardware > Tools > Wrenches',
    'wrench, spanner, schraubenschlussel, maulschlussel, ringschlussel, cle plate, llave inglesa, adjustable wrench, torque wrench, drehmomentschlussel',
  ],
  ['Hardware > Tools > Pliers', 'pliers, zange, pince~0.7, alicates, pinza'],
  [
    'Hardware > Tools > Tool Sets',
    'tool set, tool kit, werkzeugset, werkzeugkoffer, caisse a outils, juego de herramientas, socket set, steckschlusselsatz, ratchet set',
  ],
  [
    'Hardware > Tools > Measuring Tools & Sensors',
    'tape measure, massband, zollstock, metre ruban, cinta metrica, level~0.5, wasserwaage, spirit level, laser level, multimeter, laser measure, entfernungsmesser, stud finder, caliper, messschieber, moisture meter',
  ],
  ['Hardware > Tools > Grinders', 'angle grinder, winkelschleifer, flex~0.4, meuleuse, amoladora, bench grinder'],
  [
    'Hardware > Tools > Sanders',
    'sander, schleifer, schleifmaschine, ponceuse, lijadora, orbital sander, exzenterschleifer',
  ],
  ['Hardware > Tools > Impact Wrenches & Drivers', 'impact driver, impact wrench, schlagschrauber, visseuse a chocs'],
  ['Hardware > Tools > Nailers & Staplers', 'nail gun, nailer, tacker, staple gun, nagler'],
  ['Hardware > Tools > Soldering Irons', 'soldering iron, lotkolben, fer a souder, soldering station, lotstation'],
  [
    'Hardware > Tools > Tool Knives',
    'utility knife, cuttermesser, cutter~0.6, box cutter, teppichmesser, cutter knife',
  ],
  [
    'Hardware > Tools > Ladders & Scaffolding',
    'ladder, leiter, stehleiter, trittleiter, echelle, escabeau, escalera~0.5, step ladder',
  ],
  [
    'Hardware > Tools > Multifunction Power Tools',
    'oscillating tool, multitool~0.6, multifunktionswerkzeug, oszillierer',
  ],
  ['Hardware > Tools > Heat Guns', 'heat gun, heissluftpistole, decapeur thermique'],
  ['Hardware > Tools > Compressors', 'air compressor, kompressor, compresseur, compresor, tire inflator, reifenfuller'],
  ['Hardware > Tool Accessories', 'saw blade, sageblatt, sanding disc, schleifpapier, sandpaper'],
  [
    'Hardware > Tool Accessories > Drill & Screwdriver Accessories > Drill & Screwdriver Bits',
    'drill bit, drill bits, bit set, screwdriver bits, screwdriver bit set, bohrer~0.7, bohrerset, bitsatz, bit~0.3, forets, meches',
  ],
  ['Hardware > Tool Accessories > Power Tool Batteries', 'tool battery, werkzeugakku, akku pack~0.6'],
  [
    'Hardware > Building Consumables > Hardware Tape',
    'duct tape, gaffer tape, gaffa tape, panzertape, panzerband, gewebeband, klebeband~0.7, ruban adhesif~0.7, cinta americana, masking tape, malerkrepp, electrical tape, isolierband, tape~0.6',
  ],
  [
    'Hardware > Building Consumables > Hardware Glue & Adhesives',
    'glue~0.7, kleber~0.7, super glue, sekundenkleber, colle~0.7, pegamento, construction adhesive, montagekleber, epoxy, wood glue, holzleim',
  ],
  [
    'Hardware > Building Consumables > Painting Consumables > Paint',
    'paint, farbe~0.5, wandfarbe, peinture, pintura, vernice, spray paint, spruhfarbe, lack~0.6, acrylic paint~0.5',
  ],
  [
    'Hardware > Building Consumables > Lubricants',
    'lubricant, wd 40, wd40, schmiermittel, kriechol, lubrifiant, grease~0.6',
  ],
  [
    'Hardware > Building Consumables > Protective Coatings & Sealants',
    'sealant, silikon~0.3, silicone sealant, caulk, dichtstoff, mastic',
  ],
  [
    'Hardware > Hardware Accessories',
    'screws, schrauben, vis~0.5, tornillos, viti, nails~0.6, nagel~0.5, dubel, wall plugs, anchors~0.6, bolts, nuts and bolts, washers~0.5, hooks~0.6, haken~0.6, hinges, scharniere, cable ties, kabelbinder',
  ],
  [
    'Hardware > Hardware Accessories > Tool Storage & Organization > Work Benches',
    'workbench, work bench, bench top, workbench tops, werkbank, etabli, banco de trabajo, workbench top, workshop table',
  ],
  [
    'Hardware > Hardware Accessories > Tool Storage & Organization > Tool Cabinets & Chests',
    'tool cabinet, tool chest, werkzeugschrank, werkstattwagen, tool storage cabinet',
  ],
  [
    'Hardware > Hardware Accessories > Tool Storage & Organization',
    'tool box, toolbox, werkzeugkasten, tool bag, werkzeugtasche, boite a outils, tool chest, tool organizer',
  ],
  [
    'Hardware > Power & Electrical Supplies',
    'electrical, elektro~0.5, extension cord, verlangerungskabel, light switch, lichtschalter, socket~0.5, steckdose, wire~0.5, circuit breaker, sicherung~0.6, junction box, smart plug, wlan steckdose, zwischenstecker, timer switch, zeitschaltuhr',
  ],
  [
    'Hardware > Power & Electrical Supplies > Electrical Switches > Specialty Electrical Switches & Relays',
    'relay, relais, relay module, relay board, relaismodul, relay switch, solid state relay, module relais, rele~0.6',
  ],
  [
    'Hardware > Locks & Keys',
    'lock, schloss, padlock, vorhangeschloss, cadenas, candado, door lock, turschloss, smart lock',
  ],
  [
    'Hardware > Plumbing',
    'plumbing, sanitar, shower head, duschkopf, handbrause, pommeau de douche, alcachofa de ducha, toilet seat, wc sitz, toilettendeckel, abattant wc',
  ],
  ['Hardware > Heating, Ventilation & Air Conditioning', 'thermostat, heizkorperthermostat, radiator, heizkorper,'],
  [
    'Business & Industrial > Work Safety Protective Gear',
    'safety glasses, schutzbrille, work gloves, arbeitshandschuhe, safety shoes, sicherheitsschuhe, hard hat, schutzhelm, ear protection, gehorschutz, respirator',
  ],
  [
    'Hardware > Building Materials',
    'lumber, plywood, drywall, tiles, fliesen, carrelage, insulation, dammung, countertop~0.6, arbeitsplatte, wood panel',
  ],
  // Office
  ['Office Supplies', 'office supplies, burobedarf, fournitures de bureau, material de oficina, cancelleria'],
  [
    'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils',
    'pen, pens, kugelschreiber, kuli, stylo, boligrafo, penna, pencil, bleistift, crayon~0.5, lapiz, matita, fineliner, gel pen, fountain pen, fuller',
  ],
  [
    'Office Supplies > Office Instruments > Writing & Drawing Instruments > Markers & Highlighters',
    'marker, textmarker, highlighter, surligneur, rotulador, evidenziatore, whiteboard marker, permanent marker, edding',
  ],
  [
    'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads',
    'notepad, notebook~0.5, notizbuch, notizblock, carnet, cuaderno, quaderno, spiral notebook, composition notebook, collegeblock, journal~0.6, notebook paper, bullet journal',
  ],
  [
    'Office Supplies > General Office Supplies > Paper Products > Printer & Copier Paper',
    'printer paper, copy paper, kopierpapier, druckerpapier, papier a4, papel a4, a4 paper',
  ],
  ['Office Supplies > General Office Supplies > Paper Products > Sticky Notes', 'sticky notes, post it, haftnotizen'],
  ['Office Supplies > Office Instruments > Staplers', 'stapler, hefter, tacker~0.4, agrafeuse, grapadora, cucitrice'],
  [
    'Office Supplies > Office Equipment > Calculators',
    'calculator, taschenrechner, calculatrice, calculadora, calcolatrice',
  ],
  [
    'Office Supplies > Filing & Organization',
    'folder, ordner, aktenordner, binder, classeur, carpeta~0.6, file folder, desk organizer, schreibtischorganizer',
  ],
  ['Office Supplies > General Office Supplies > Office Tape', 'scotch tape, tesafilm, office tape'],
  [
    'Office Supplies > Shipping Supplies',
    'shipping boxes, versandkartons, packing tape, paketklebeband, bubble wrap, luftpolsterfolie',
  ],
  ['Office Supplies > General Office Supplies > Paper Products > Envelopes', 'envelopes, briefumschlage'],
  [
    'Office Supplies > Office Equipment > Label Makers',
    'label maker, beschriftungsgerat, label printer, etikettendrucker',
  ],
  [
    'Office Supplies > Office Equipment > Office Shredders',
    'paper shredder, aktenvernichter, destructeur de documents, shredder',
  ],
  // Sports
  ['Sporting Goods', 'sports, sport~0.5, sportartikel'],
  ['Sporting Goods > Exercise & Fitness', 'fitness, fitness equipment, home gym, workout, training equipment'],
  [
    'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights',
    'dumbbell, dumbbells, hantel, hanteln, hantelset, kurzhantel, kettlebell, halteres, mancuernas, manubri, barbell, weight plates, hantelscheiben',
  ],
  [
    'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats',
    'yoga mat, yogamatte, tapis de yoga, esterilla de yoga, fitness mat, gymnastikmatte',
  ],
  [
    'Sporting Goods > Exercise & Fitness > Cardio > Cardio Machines > Treadmills',
    'treadmill, laufband, tapis de course, cinta de correr',
  ],
  [
    'Sporting Goods > Exercise & Fitness > Cardio > Cardio Machines > Exercise Bikes',
    'exercise bike, heimtrainer, ergometer, spinning bike, velo d appartement',
  ],
  [
    'Sporting Goods > Exercise & Fitness > Exercise Bands',
    'resistance band, resistance bands, fitnessband, widerstandsband, theraband',
  ],
  [
    'Sporting Goods > Outdoor Recreation > Cycling > Bicycles',
    'bicycle, bike~0.7, fahrrad, velo, bicicleta, bicicletta, e bike, ebike, mountainbike, mountain bike, citybike, road bike, rennrad',
  ],
  [
    'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories',
    'bike light, fahrradlicht, bike lock, fahrradschloss, bike pump, luftpumpe, bicycle helmet~0.5',
  ],
  [
    'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents',
    'tent, zelt, tente, tienda de campana, tenda da campeggio',
  ],
  [
    'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags',
    'sleeping bag, schlafsack, sac de couchage, saco de dormir',
  ],
  [
    'Sporting Goods > Outdoor Recreation > Camping & Hiking',
    'camping, outdoor~0.4, camping gear, hiking~0.5, wandern~0.4',
  ],
  [
    'Sporting Goods > Athletics > Soccer > Soccer Balls',
    'soccer ball, football~0.5, fussball, ballon de foot, balon de futbol, pallone',
  ],
  ['Sporting Goods > Athletics > Basketball > Basketballs', 'basketball'],
  [
    'Sporting Goods > Athletics > Tennis > Tennis Racquets',
    'tennis racket, tennis racquet, tennisschlager, raquette de tennis',
  ],
  ['Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Skis', 'ski, skis'],
  ['Sporting Goods > Outdoor Recreation > Fishing > Fishing Rods', 'fishing rod, angelrute, canne a peche'],
  ['Sporting Goods > Outdoor Recreation > Skateboarding > Skateboards', 'skateboard, longboard'],
  [
    'Sporting Goods > Outdoor Recreation > Riding Scooters',
    'scooter~0.7, kick scooter, tretroller, trottinette, patinete',
  ],
  [
    'Vehicles & Parts > Vehicle Parts & Accessories',
    'car accessory, autozubehor, car parts, autoteile, windshield wiper, scheibenwischer, car mat, fussmatten auto, motor oil, motorol, huile moteur, tire~0.6, reifen, dashcam, dash cam',
  ],
  // Arts, crafts, party, music
  [
    'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts',
    'craft supplies, bastelbedarf, bastelset, diy kit, knitting, yarn, wolle, strickwolle, fabric~0.6, stoff~0.4, sewing, nahen~0.5, acrylic paints, paint brushes, pinsel',
  ],
  [
    'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments',
    'guitar, gitarre, guitare, guitarra, chitarra, piano, klavier, digital piano, e piano, violin, geige, ukulele, drum kit, schlagzeug, keyboard instrument, musical keyboard',
  ],
  [
    'Arts & Entertainment > Party & Celebration',
    'party supplies, partydeko, balloons, luftballons, ballons~0.6, birthday decoration, geburtstagsdeko, gift wrap, geschenkpapier',
  ],
];

/** Generic words in taxonomy names that say nothing about the product on their own. */
export const DERIVED_STOP: string[] = [
  'accessory',
  'accessories',
  'part',
  'parts',
  'supply',
  'supplies',
  'kit',
  'kits',
  'set',
  'sets',
  'other',
  'top',
  'tops',
  'case',
  'cases',
  'cover',
  'covers',
  'cable',
  'cables',
  'charger',
  'chargers',
  'adapter',
  'adapters',
  'mount',
  'mounts',
  'holder',
  'holders',
  'stand',
  'stands',
  'bag',
  'bags',
  'tool',
  'tools',
  'equipment',
  'product',
  'products',
  'item',
  'items',
  'good',
  'goods',
  'system',
  'systems',
  'device',
  'devices',
  'machine',
  'machines',
  'component',
  'components',
  'material',
  'materials',
  'replacement',
  'light',
  'lights',
  'power',
  'digital',
  'electric',
  'electronic',
  'portable',
  'wireless',
  'smart',
  'mini',
  'pro',
  'plus',
  'max',
  'ultra',
  'black',
  'white',
  'gold',
  'silver',
  'rose',
  'orange',
  'lime',
  'olive',
  'date',
  'dates',
  'fig',
  'pack',
  'packs',
  'box',
  'boxes',
  'care',
  'gear',
  'wear',
  'home',
  'garden',
  'living',
  'travel',
  'baby',
  'kid',
  'kids',
  'men',
  'women',
  'unisex',
  'game',
  'games',
  'toy',
  'toys',
  'book',
  'books',
  'food',
  'drink',
  'drinks',
  'water',
  'paper',
  'art',
  'arts',
  'card',
  'cards',
  'sensor',
  'sensors',
  'filter',
  'filters',
  'battery',
  'batteries',
  'key',
  'keys',
  'lock',
  'locks',
  'pad',
  'pads',
  'mat',
  'mats',
  'plate',
  'plates',
  'ring',
  'rings',
  'band',
  'bands',
  'strap',
  'straps',
  'clip',
  'clips',
  'hook',
  'hooks',
  'bar',
  'bars',
  'ball',
  'balls',
  'pen',
  'pens',
  'tape',
  'tapes',
  'mask',
  'masks',
  'cap',
  'caps',
  'screen',
  'screens',
  'business',
  'industrial',
  'mature',
  'media',
  'religious',
  'ceremonial',
  'entertainment',
  'hardware',
  'software',
  'health',
  'beauty',
  'sporting',
  'vehicle',
  'vehicles',
  'car',
  'cars',
  'truck',
  'trucks',
  'van',
  'vans',
  'print',
  'prints',
  'model',
  'models',
  'support',
  'supports',
  'base',
  'bases',
  'kitchen',
  'dining',
  'body',
  'bodies',
  'monitor',
  'monitors',
  'controller',
  'controllers',
  'remote',
  'remotes',
  'display',
  'displays',
  'film',
  'films',
  'shield',
  'shields',
  'protector',
  'protectors',
];

/** Brand names that are also product words: they never count as a derived (taxonomy-name) hit. */
export const BRAND_WORDS: string[] = [
  'apple',
  'amazon',
  'puma',
  'jaguar',
  'shell',
  'dove',
  'tide',
  'coach',
  'guess',
  'mango',
  'orange',
  'blackberry',
  'corona',
  'fossil',
  'vans',
  'converse',
  'crocs',
  'canon',
  'sharp',
  'brother',
  'candy',
  'bush',
  'swan',
  'russell',
  'hoover',
  'kenwood',
  'panasonic',
  'nothing',
  'honor',
  'oppo',
  'alcatel',
  'caterpillar',
  'monster',
  'beats',
  'bose',
  'anker',
  'fire',
  'echo',
  'kindle',
  'ring',
  'nest',
  'tile',
  'eero',
  'bounty',
  'gorilla',
  'hp',
  'lg',
  'think',
  // Miele appliances: Italian "miele" is honey.
  'miele',
  // Xiaomi, written as the word for millet: the brand in nearly every Chinese shop title.
  '小米',
];

/** Compound endings (mostly German) that name the product: "Strick|pullover", "Wand|leuchte". */
export const COMPOUND_HEADS: string[] = [
  'pullover',
  'shirt',
  'kleid',
  'hose',
  'jacke',
  'mantel',
  'stiefel',
  'stiefelette',
  'schuh',
  'schuhe',
  'schoen',
  'sneaker',
  'sandale',
  'sandalen',
  'socken',
  'kuhlschrank',
  'gefrierschrank',
  'gefriertruhe',
  'geschirrspuler',
  'spulmaschine',
  'waschmaschine',
  'trockner',
  'mikrowelle',
  'fernseher',
  'backofen',
  'leuchte',
  'lampe',
  'lampen',
  'leuchten',
  'tisch',
  'stuhl',
  'sessel',
  'schrank',
  'regal',
  'sofa',
  'matratze',
  'teppich',
  'kissen',
  'vorhang',
  'spiegel',
  'futter',
  'nassfutter',
  'trockenfutter',
  'katzenfutter',
  'hundefutter',
  'snack',
  'snacks',
  'schokolade',
  'kaffee',
  'wein',
  'bier',
  'saft',
  'nudeln',
  'hulle',
  'tasche',
  'kabel',
  'ladegerat',
  'netzteil',
  'akku',
  'adapter',
  'tastatur',
  'kopfhorer',
  'lautsprecher',
  'kamera',
  'fernseher',
  'drucker',
  'schutzglas',
  'hartglas',
  'glas',
  'glaser',
  'glazen',
  'maschine',
  'sauger',
  'staubsauger',
  'kocher',
  'mixer',
  'pfanne',
  'topf',
  'messer',
  'teller',
  'becher',
  'tasse',
  'flasche',
  'zange',
  'sage',
  'bohrer',
  'hantel',
  'hanteln',
  'hantelset',
  'schrauber',
  'hammer',
  'schlussel',
  'klebeband',
  'kleber',
  'farbe',
  'leiter',
  'spielzeug',
  'puzzle',
  'puppe',
  'buch',
  'batterie',
  'batterien',
  'creme',
  'shampoo',
  'parfum',
  'seife',
];
