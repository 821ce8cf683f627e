/** The PriceRunner offer titles (10 classes) as labelled training/evaluation rows. */
import { readCsvRecords } from '../lib/csv';

export const PRICERUNNER_CSV = 'data/raw/pricerunner-titles-train.csv';

/** PriceRunner category -> Google Product Taxonomy node (fridges and fridge freezers share one). */
export const PRICERUNNER_CLASS_TO_GPT: Record<string, number> = {
  'Mobile Phones': 267, // Electronics > Communications > Telephony > Mobile Phones
  TVs: 404, // Electronics > Video > Televisions
  CPUs: 292, // Electronics > Electronics Accessories > Computer Components > Computer Processors
  'Digital Cameras': 152, // Cameras & Optics > Cameras > Digital Cameras
  Fridges: 686, // Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators
  'Fridge Freezers': 686,
  Freezers: 681, // Home & Garden > Kitchen & Dining > Kitchen Appliances > Freezers
  Dishwashers: 680, // Home & Garden > Kitchen & Dining > Kitchen Appliances > Dishwashers
  Microwaves: 753, // Home & Garden > Kitchen & Dining > Kitchen Appliances > Microwave Ovens
  'Washing Machines': 2549, // Home & Garden > Household Appliances > Laundry Appliances > Washing Machines
};

export interface LabelledTitle {
  title: string;
  cluster: string;
  label: string;
  gold: number;
}

export function readPriceRunner(path = PRICERUNNER_CSV): LabelledTitle[] {
  return readCsvRecords(path).map((r) => {
    const gold = PRICERUNNER_CLASS_TO_GPT[r.category_label];
    if (!gold) throw new Error(`Unmapped PriceRunner category: ${r.category_label}`);
    return { title: r.product_title, cluster: r.cluster_id, label: r.category_label, gold };
  });
}

/** Deterministic held-out split by whole product cluster (FNV-1a hash of the cluster id). */
export function isHeldOutCluster(cluster: string, share = 0.2): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < cluster.length; i++) {
    h ^= cluster.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 1000 < share * 1000;
}
