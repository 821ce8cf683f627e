/**
 * Drinks in the container the title names. AGRIBALYSE's at-retail value of a beverage includes a
 * packaging stage for one modelled container (cola in PET, beer in glass, juice in a carton), per
 * kg of drink. When the title names another container (a glass bottle of cola, water in a carton),
 * that stage is replaced by the median packaging stage of the AGRIBALYSE beverages modelled in the
 * named container (food table rows `agb-container-*`, built in scripts/factors/materials.ts). No
 * AGRIBALYSE beverage is modelled in a can: a can takes the median packaging stage of the foods
 * AGRIBALYSE models in metal cans (beer in a can no longer carries the glass bottle). Other foods and
 * sources have no stage split and are left as they are.
 */
import { type Container, containerKey, type FoodRow } from '../factors/tables';
import type { BatchData } from './batch';
import { factorRef, sig, step } from './make';
import type { FactorRef, Step } from './schema';
import { BOTTLE_RE, CONTAINER_CAN_RE, CONTAINER_CARTON_RE, CONTAINER_GLASS_RE, CONTAINER_PLASTIC_RE } from './words';

const NAMES: Record<Container, string> = {
  glass: 'glass',
  plastic: 'a plastic bottle',
  carton: 'a carton',
  can: 'a can',
};

/** The container the title names, or null. */
function titleContainer(title: string): Container | null {
  if (CONTAINER_CAN_RE.test(title)) return 'can';
  if (CONTAINER_GLASS_RE.test(title)) return 'glass';
  if (CONTAINER_PLASTIC_RE.test(title)) return 'plastic';
  if (CONTAINER_CARTON_RE.test(title) && !BOTTLE_RE.test(title)) return 'carton';
  return null;
}

interface ContainerSwap {
  /** The food with its per kg in the named container. */
  food: FoodRow;
  /** The container's packaging-stage row (a median over AGRIBALYSE beverages). */
  stage: FoodRow;
  why: string;
}

/** The drink's factor with the packaging stage of the container its title names, or null when it names none, the same, or one without data. */
function containerSwap(food: FoodRow, title: string, data: BatchData): ContainerSwap | null {
  const modelled = food.packaging;
  if (!modelled) return null;
  const named = titleContainer(title);
  if (!named || named === modelled.container) return null;
  const stage = data.food.get(containerKey(named));
  if (!stage) return null;
  const kgPerKg = sig(food.kgPerKg - modelled.kgPerKg + stage.kgPerKg);
  return {
    food: { ...food, kgPerKg },
    stage,
    why: `the title names ${NAMES[named]}; AGRIBALYSE models this drink in ${NAMES[modelled.container]} (packaging stage ${modelled.kgPerKg} kg CO2e/kg), replaced by the ${stage.name} (${stage.kgPerKg}): ${food.kgPerKg} - ${modelled.kgPerKg} + ${stage.kgPerKg} = ${kgPerKg} kg CO2e/kg`,
  };
}

export interface InContainer {
  /** The food with its per kg in the container the title names (the same row when none applies). */
  food: FoodRow;
  /** The "Container" step, when the container was replaced. */
  steps: Step[];
  /** The food's factor, then the container's packaging-stage row when it was replaced. */
  factors: FactorRef[];
}

/** The food as sold in the container its title names, with the step and factors that show it. */
export function inTitleContainer(food: FoodRow, title: string, data: BatchData): InContainer {
  const own = factorRef(data.manifest, 'food', food.key, food.kgPerKg, 'kg CO2e / kg', food.statistic);
  const swap = containerSwap(food, title, data);
  if (!swap) return { food, steps: [], factors: [own] };
  return {
    food: swap.food,
    steps: [step('Container', swap.why, swap.food.kgPerKg, 'kg CO2e / kg')],
    factors: [
      own,
      factorRef(data.manifest, 'food', swap.stage.key, swap.stage.kgPerKg, 'kg CO2e / kg', swap.stage.statistic),
    ],
  };
}
