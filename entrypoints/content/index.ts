import { adapterFor, contentScriptMatches } from '../../lib/extract/shops';
import { hasProductSignals } from '../../lib/sites/user-sites';
import { runOnPage } from './page';

export default defineContentScript({
  // The shop registry is the only list of shops: it generates these patterns at build time.
  matches: contentScriptMatches(),
  runAt: 'document_idle',
  main(ctx) {
    // On sites the user added (registered at run time), first a check that costs next to nothing.
    if (!adapterFor(new URL(location.href)) && !hasProductSignals(document)) return;
    runOnPage(ctx);
  },
});
