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
  source: 'European Central Bank euro foreign exchange reference rates, annual averages (USD cross rates derived)',
  version: '1999-2026 (2026 year to date, to 2026-04-13)',
  year: 2026,
  licence: 'Free reuse with the source acknowledged (ECB; wording to VERIFY)',
  attribution: 'Source: European Central Bank (ECB) reference rates',
};
export const VAT: Provenance = {
  source: 'data/vat-rates.csv: national tax authorities and the European Commission VAT rates database (per-row source)',
  version: '2025',
  year: 2025,
  licence: 'CC0 (this project); rates are public facts',
  attribution: 'VAT/GST rates compiled by the Embodied project from official tax authority publications',
};
export const GPT: Provenance = {
  source: 'Google Product Taxonomy 2021-09-21 (en-US) with the Embodied crosswalk to NAICS-2017 (data/raw/gpt_to_naics_starter_map.csv + data/crosswalk-overrides.csv)',
  version: '2021-09-21',
  year: 2021,
  licence: 'Taxonomy: Google, no explicit licence, widely redistributed (VERIFY); crosswalk: CC0',
  attribution: 'Google Product Taxonomy (Google Merchant Center); crosswalk by the Embodied project',
};
export const DESNZ: Provenance = {
  source: 'UK DESNZ GHG Conversion Factors 2024 v1.1, Material use (cradle to gate incl. transport to point of sale)',
  version: '2024 v1.1',
  year: 2024,
  licence: 'Open Government Licence v3.0',
  attribution: 'Contains public sector information licensed under the Open Government Licence v3.0 (UK DESNZ GHG Conversion Factors 2024)',
};
export const FOOD: Provenance = {
  source: 'Clark et al. 2022 (PNAS) via Our World in Data; Poore & Nemecek 2018 (Science 360:987) via OWID; RIVM food database 2021',
  version: 'Clark 2022 / Poore 2018 / RIVM 2021',
  year: 2022,
  licence: 'CC BY 4.0',
  attribution: 'Clark et al. (2022) PNAS, Poore & Nemecek (2018) Science, via Our World in Data (CC BY 4.0); RIVM Milieubelasting voedingsmiddelen 2021 (CC BY 4.0)',
};
export const BOAVIZTA: Provenance = {
  source: 'Boavizta environmental-footprint-data (manufacturer product carbon footprints), snapshot 2023-02, training subset',
  version: '2023-02',
  year: 2023,
  licence: 'ODbL 1.0 (database) + DbCL 1.0 (contents)',
  attribution: 'Contains information from Boavizta environmental-footprint-data, made available under the ODbL 1.0',
};
export const TYPICAL: Provenance = {
  source: 'data/typical-ranges.csv: per-category typical item price and weight ranges (basis stated per row)',
  version: '1',
  year: 2025,
  licence: 'CC0 (this project)',
  attribution: 'Typical ranges compiled by the Embodied project',
};
