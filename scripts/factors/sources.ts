/** Provenance of every raw source (carried into each table file and the manifest). */
import type { Provenance } from '../../lib/factors/tables';

const PD = 'Public domain (US Government work)';

export const EPA: Provenance = {
  source: 'US EPA Supply Chain GHG Emission Factors for US Commodities and Industries v1.3.0 (DOI 10.23719/1531143)',
  version: '1.3.0',
  year: 2022,
  licence: PD,
  attribution: 'US EPA, Supply Chain Greenhouse Gas Emission Factors v1.3 (NAICS-2017, 2022 USD)',
};
export const BEA_MARGINS: Provenance = {
  source: 'BEA 2017 PCE bridge margins, via USEPA/useeior',
  version: '2017',
  year: 2017,
  licence: PD,
  attribution: 'US Bureau of Economic Analysis, via USEPA useeior',
};
export const BEA_PRICES: Provenance = {
  source: 'BEA detail commodity price indexes for USEEIO-2017 sectors (2017=100), via USEPA/useeior',
  version: '1997-2023',
  year: 2023,
  licence: PD,
  attribution: 'US Bureau of Economic Analysis, via USEPA useeior',
};
export const BLS_CPI: Provenance = {
  source: 'US BLS CPI-U, all items, annual average (1982-84=100)',
  version: 'through 2026 (partial)',
  year: 2026,
  licence: PD,
  attribution: 'US Bureau of Labor Statistics, CPI-U',
};
export const ECB_FX: Provenance = {
  source:
    'European Central Bank euro foreign exchange reference rates, annual averages (USD cross rates derived); other currencies: World Bank WDI official exchange rate PA.NUS.FCRF (annual average, LCU per USD), TWD: Federal Reserve H.10 via FRED',
  version: 'ECB 1999-2026 (2026 year to date, to 2026-04-13); WDI 2000-2025 (July 2026 update)',
  year: 2026,
  licence:
    'ECB: free reuse with the source acknowledged (wording to VERIFY); World Bank WDI: CC BY 4.0; Federal Reserve: public domain',
  attribution:
    'Source: European Central Bank (ECB) reference rates; World Bank, World Development Indicators, PA.NUS.FCRF (CC BY 4.0), retrieved via datasets/world-development-indicators (July 2026), values reorganised by currency; TWD: Board of Governors of the Federal Reserve System, H.10 via FRED',
};
export const VAT: Provenance = {
  source:
    'data/vat-rates.csv: national tax authorities and the European Commission VAT rates database (per-row source)',
  version: '2025',
  year: 2025,
  licence: 'CC0 (this project); rates are public facts',
  attribution: 'VAT/GST rates compiled by the Embodied project from official tax authority publications',
};
export const GPT: Provenance = {
  source:
    'Google Product Taxonomy 2021-09-21 (en-US) with the Embodied crosswalk to NAICS-2017 (data/raw/gpt_to_naics_starter_map.csv + data/crosswalk-overrides.csv); per-kg sector materials from data/sector-materials.csv (DESNZ 2024 material keys, OGL v3.0)',
  version: '2021-09-21',
  year: 2021,
  licence: 'Taxonomy: Google, no explicit licence, widely redistributed (VERIFY); crosswalk and sector materials: CC0',
  attribution: 'Google Product Taxonomy (Google Merchant Center); crosswalk by the Embodied project',
};
export const DESNZ: Provenance = {
  source: 'UK DESNZ GHG Conversion Factors 2024 v1.1, Material use (cradle to gate incl. transport to point of sale)',
  version: '2024 v1.1',
  year: 2024,
  licence: 'Open Government Licence v3.0',
  attribution:
    'Contains public sector information licensed under the Open Government Licence v3.0 (UK DESNZ GHG Conversion Factors 2024)',
};
export const FOOD: Provenance = {
  source:
    'AGRIBALYSE 3.1.1 (ADEME & INRAE, 2023; at-retail value = agriculture to retail stages, derived), first for every food it covers (which AGRIBALYSE row stands for a named food: data/food-agribalyse.csv, this project); Clark et al. 2022 (PNAS, means) via Our World in Data; Poore & Nemecek 2018 (Science 360:987, medians) via OWID; RIVM food database 2021, for the foods AGRIBALYSE lacks; which AGRIBALYSE row is the dry form (powder, granules, cubes) of a food, and for soups the mass of one ready serving below which a pack is sold dry (245 g, US FDA reference amount customarily consumed, 21 CFR 101.12(b)): data/food-dry-forms.csv (this project); the mass of one piece as sold for foods sold by the piece (eggs: 53-73 g, EU weight grades M and L, Commission Regulation (EC) No 589/2008): data/food-pieces.csv (this project); for a drink whose title names its container (glass, plastic bottle, carton, can), the packaging stage of the container AGRIBALYSE modelled is replaced by the median packaging stage of the AGRIBALYSE 3.1.1 beverages (CIQUAL group "boissons") modelled in the named container; no beverage is modelled in a can, so a can takes the median packaging stage of the AGRIBALYSE foods modelled in metal cans (scripts/factors/materials.ts, containerRows)',
  version: 'AGRIBALYSE 3.1.1 / Clark 2022 / Poore 2018 / RIVM 2021',
  year: 2023,
  licence:
    'AGRIBALYSE: Licence Ouverte / Etalab 2.0; Clark, Poore & Nemecek, RIVM: CC BY 4.0; food-to-AGRIBALYSE, dry-form links and piece masses: CC0 (this project)',
  attribution:
    'Source: ADEME & INRAE, AGRIBALYSE 3.1.1 (2023), Licence Ouverte / Etalab 2.0 (file taken 2026 from koumoul-dev/ademe-agribalyse; figures reformatted, at-retail value summed from the stage split); Clark et al. (2022) PNAS, Poore & Nemecek (2018) Science, via Our World in Data (CC BY 4.0); RIVM Milieubelasting voedingsmiddelen 2021 (CC BY 4.0)',
};
export const ADEME_ITEMS: Provenance = {
  source:
    'ADEME Impact CO2 (impactco2.fr), per-item footprints of household appliances, clothing and shoes, furniture and digital devices (incubateur-ademe/impactco2 commit 8076a48; ADEME 2018 consumer goods study and ADEME-Arcep 2022 digital study), cradle to shelf; item masses: Ecobalyse textile defaults (MTES, MIT) and data/ademe-item-masses.csv',
  version: 'Impact CO2 2026-07-01; Ecobalyse 2024-2025',
  year: 2022,
  licence:
    'Impact CO2 data: MIT License, Copyright (c) 2022 Datagir (ADEME may also publish the figures under Licence Ouverte / Etalab 2.0: VERIFY); Ecobalyse: MIT License, Copyright (c) 2021 Ministeres de la Transition ecologique & de la Cohesion des territoires; item masses: CC0 (this project)',
  attribution:
    'ADEME, Impact CO2 (impactco2.fr), MIT License (c) 2022 Datagir; clothing masses: Ecobalyse (French Ministry of Ecological Transition), MIT License',
};
export const BOAVIZTA: Provenance = {
  source:
    'Boavizta environmental-footprint-data (manufacturer product carbon footprints), snapshot 2023-02, training subset',
  version: '2023-02',
  year: 2023,
  licence: 'ODbL 1.0 (database) + DbCL 1.0 (contents)',
  attribution: 'Contains information from Boavizta environmental-footprint-data, made available under the ODbL 1.0',
};
export const TYPICAL: Provenance = {
  source:
    "data/typical-ranges.csv: per-category physical profiles (typical item price and weight ranges, typical mass, ADEME item or per-kg intensity; basis stated per row); clothing masses from Ecobalyse (MIT); per-item making steps a per-kg factor leaves out from data/process-additions.csv (book printing and binding: Associazione Italiana Editori's average of about 0.5 kg CO2 per book, as reported at schoemann.org/co2-footprint-of-books); bulk densities of goods sold by the litre (compost, mulch, soil) from data/bulk-densities.csv (editorial, this project); the mass of one piece of a multipack (a pouch of cat food, a can) from data/pack-pieces.csv (editorial, this project); standard book formats (paperback, hardback, large illustrated: page size, pages, paper grammage, cover) from data/book-formats.csv (editorial, this project; Penguin's paper grammage via Holmen); books made per book sold from data/book-returns.csv (return rates: Publishers Weekly, Rosen & Milliot 2016, and the Association of American Publishers 2005; share of returns pulped: 65-95%, midpoint 80%); a jigsaw puzzle's mass per piece and box from data/part-counts.csv (two published puzzle weights); the typical mass of a kind the title names within a category (earbuds among headphones, action figures, dolls and dollhouses among playsets, artificial Christmas trees among artificial flora) from data/kind-masses.csv (editorial spec-sheet weights, this project); kinds of another material than the category's goods (tile adhesive, a cement-bound powder, among glues; potting soil, composted organic matter, among sands and soils) with their DESNZ material and kg per litre from data/material-kinds.csv (editorial, this project); the powered version of an everyday item (an electric toothbrush, shaver, kettle, screwdriver, stapler or kitchen tool) with its typical mass and the ADEME appliance it is measured per kg of, from data/powered-kinds.csv (editorial, this project); ball masses from the sports' own rules (IFAB, FIBA, FIVB, World Rugby, IHF, NFL)",
  version: '3',
  year: 2025,
  licence: 'CC0 (this project); the AIE figure is a published estimate quoted with its source',
  attribution:
    'Typical ranges compiled by the Embodied project; book printing and binding: Associazione Italiana Editori (AIE), as reported by schoemann.org; book return rates: Publishers Weekly (2016) and the Association of American Publishers (2005)',
};
export const SPEND_CALIBRATION: Provenance = {
  source:
    "Derived: per 3-digit NAICS sector, the median ratio of the category profiles' physical typical footprints (ADEME Impact CO2 items, DESNZ 2024 materials, AGRIBALYSE 3.1.1 foods at typical masses) to the EPA v1.3 spend estimate at the category's typical price (data/typical-ranges.csv)",
  version: '1',
  year: 2025,
  licence:
    'Derived from ADEME Impact CO2 (MIT), DESNZ (OGL v3.0), AGRIBALYSE (Etalab 2.0) and US EPA (public domain) figures; the table itself CC0 (this project)',
  attribution:
    'Spend calibration by the Embodied project from ADEME Impact CO2, UK DESNZ 2024, AGRIBALYSE 3.1.1 and US EPA v1.3 figures',
};
