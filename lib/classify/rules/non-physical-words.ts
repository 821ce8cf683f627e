/**
 * (Left out on purpose: Spanish "entrada" and French "entrée" are also a device's input, "HDMI
 * entrada"; Chinese "会员" is also "member price".)
 *
 * Words that say a listing sells no physical thing, by kind and language. Matched as whole words
 * (phrases after normalisation), and only when no product word follows them as the head ("ticket
 * holder", "gift card box", "E-Book-Reader" stay products).
 */
export type NonPhysicalKind = 'ticket' | 'voucher' | 'subscription' | 'software' | 'service' | 'digital';

export const NON_PHYSICAL_WORDS: Record<NonPhysicalKind, Record<string, string[]>> = {
  ticket: {
    en: ['ticket', 'tickets', 'admission ticket', 'entry pass', 'day pass', 'season pass'],
    de: ['ticket', 'tickets', 'eintrittskarte', 'eintrittskarten', 'konzertkarte', 'tageskarte'],
    fr: ['billet', 'billets', 'place de concert'],
    es: ['boleto', 'boletos', 'entradas para'],
    it: ['biglietto', 'biglietti'],
    nl: ['kaartje', 'kaartjes', 'toegangskaart', 'entreeticket'],
    pl: ['bilet', 'bilety'],
    pt: ['ingresso', 'ingressos', 'bilhete', 'bilhetes'],
    sv: ['biljett', 'biljetter', 'entrébiljett'],
    cs: ['vstupenka', 'vstupenky', 'jízdenka'],
    ru: ['билет', 'билеты'],
    ja: ['チケット', '入場券', '前売券'],
    zh: ['门票', '入场券'],
    ko: ['티켓', '입장권'],
  },
  voucher: {
    en: ['gift card', 'gift voucher', 'gift certificate', 'voucher', 'e-gift card', 'egift card'],
    de: ['gutschein', 'geschenkgutschein', 'geschenkkarte', 'wertgutschein', 'gutscheinkarte'],
    fr: ['carte cadeau', 'bon cadeau', "bon d'achat", 'chèque cadeau', 'e-carte cadeau'],
    es: ['tarjeta regalo', 'cheque regalo', 'vale regalo', 'tarjeta de regalo'],
    it: ['buono regalo', 'carta regalo', 'gift card', 'buono acquisto'],
    nl: ['cadeaubon', 'cadeaukaart', 'waardebon'],
    pl: ['bon podarunkowy', 'karta podarunkowa', 'voucher'],
    pt: ['vale-presente', 'cartão presente', 'cartão-presente', 'vale presente'],
    sv: ['presentkort'],
    cs: ['dárkový poukaz', 'dárkový poukaz', 'poukázka'],
    ru: ['подарочный сертификат', 'подарочная карта'],
    ja: ['ギフトカード', 'ギフト券', '商品券'],
    zh: ['礼品卡', '购物卡'],
    ko: ['기프트카드', '상품권'],
  },
  subscription: {
    en: ['subscription', 'membership', 'monthly plan', 'annual plan'],
    de: ['abonnement', 'abo', 'mitgliedschaft'],
    fr: ['abonnement', 'adhésion'],
    es: ['suscripción', 'membresía'],
    it: ['abbonamento'],
    nl: ['abonnement', 'lidmaatschap'],
    pl: ['abonament', 'subskrypcja', 'prenumerata'],
    pt: ['assinatura'],
    sv: ['prenumeration', 'medlemskap'],
    cs: ['předplatné'],
    ru: ['подписка', 'абонемент'],
    ja: ['サブスクリプション', '定期購読'],
    zh: ['订阅'],
    ko: ['구독', '멤버십'],
  },
  software: {
    en: ['licence key', 'license key', 'key card', 'retail key', 'digital key', 'product key', 'activation key', 'activation code', 'licence', 'license', 'steam key', 'cd key', 'digital code', 'download code', 'esd'],
    de: ['lizenz', 'lizenz key', 'lizenzkey', 'lizenzschlüssel', 'produktschlüssel', 'aktivierungscode', 'download-code'],
    fr: ['licence', 'clé de licence', 'clé d’activation', "clé d'activation", 'code de téléchargement'],
    es: ['licencia', 'clave de producto', 'código de descarga', 'código digital'],
    it: ['licenza', 'codice digitale', 'chiave di attivazione'],
    nl: ['licentie', 'licentiecode', 'downloadcode'],
    pl: ['licencja', 'klucz aktywacyjny', 'klucz licencyjny'],
    pt: ['licença', 'chave de ativação', 'código digital'],
    sv: ['licens', 'licensnyckel'],
    cs: ['licence', 'licenční klíč'],
    ru: ['лицензия', 'ключ активации'],
    ja: ['ライセンス', 'ダウンロード版', 'プロダクトキー'],
    zh: ['激活码', '许可证', '序列号'],
    ko: ['라이선스', '라이센스', '제품 키'],
  },
  service: {
    en: ['installation service', 'assembly service', 'repair service', 'extended warranty', 'protection plan', 'service plan', 'delivery service'],
    de: ['montageservice', 'aufbauservice', 'installationsservice', 'reparaturservice', 'garantieverlängerung', 'dienstleistung'],
    fr: ['service de montage', "service d'installation", 'extension de garantie'],
    es: ['servicio de instalación', 'servicio de montaje', 'garantía extendida'],
    it: ['servizio di montaggio', 'servizio di installazione', 'estensione di garanzia'],
    nl: ['montageservice', 'installatieservice', 'garantieverlenging'],
    pl: ['usługa montażu', 'przedłużona gwarancja'],
    pt: ['serviço de instalação', 'garantia estendida'],
    sv: ['monteringstjänst', 'installationstjänst'],
    cs: ['prodloužená záruka'],
    ru: ['услуга', 'установка и настройка'],
    ja: ['取付サービス', '延長保証'],
    zh: ['安装服务', '延保'],
    ko: ['설치 서비스', '연장 보증'],
  },
  digital: {
    en: ['e-book', 'ebook', 'kindle edition', 'digital download', 'mp3 download', 'audiobook download', 'pdf download'],
    de: ['e-book', 'kindle ausgabe', 'digitaler download', 'hörbuch-download'],
    fr: ['e-book', 'ebook', 'format kindle', 'livre numérique', 'téléchargement'],
    es: ['e-book', 'ebook', 'versión kindle', 'libro electrónico', 'descarga digital'],
    it: ['e-book', 'ebook', 'formato kindle', 'libro digitale'],
    nl: ['e-book', 'ebook', 'digitale download'],
    pl: ['e-book', 'ebook', 'audiobook mp3'],
    pt: ['e-book', 'ebook', 'edição kindle', 'livro digital'],
    sv: ['e-bok', 'e-book'],
    cs: ['e-kniha', 'elektronická kniha'],
    ru: ['электронная книга'],
    ja: ['kindle版', '電子書籍'],
    zh: ['电子书'],
    ko: ['전자책'],
  },
};

/**
 * Product words that, right after one of the phrases above, make it a modifier: "ticket holder",
 * "gift card box", "E-Book Reader", "Gutschein-Box" are things.
 */
export const PRODUCT_HEADS_AFTER: Record<string, string[]> = {
  en: ['holder', 'holders', 'case', 'box', 'wallet', 'organiser', 'organizer', 'stand', 'cover', 'sleeve', 'frame', 'reader', 'printer', 'machine', 'dispenser', 'lanyard', 'album', 'bag', 'pouch', 'clip', 'envelope', 'envelopes', 'punch', 'stub'],
  de: ['halter', 'halterung', 'hülle', 'box', 'etui', 'mappe', 'leser', 'drucker', 'umschlag', 'karte'],
  fr: ['porte', 'étui', 'boîte', 'liseuse', 'pochette'],
  es: ['porta', 'funda', 'caja', 'lector'],
  it: ['porta', 'custodia', 'scatola', 'lettore'],
  nl: ['houder', 'hoes', 'doos', 'lezer'],
};
