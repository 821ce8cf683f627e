/**
 * EstimatePanel itself in the badge's panel slot, as the tests put it there (the content scripts put
 * the stand-in that loads the panel's file): the page's readers are this bundle's own.
 */
import { EstimatePanel } from '../../components/EstimatePanel';
import { resolveOffered, type PanelSlotProps } from '../../components/panel-slot';
import { PAGE_READERS } from '../../lib/inpage/page-readers';

export function DirectPanel({ offered, ...props }: PanelSlotProps) {
  return <EstimatePanel {...props} offered={resolveOffered(offered, PAGE_READERS)} />;
}
