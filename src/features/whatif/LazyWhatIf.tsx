import { memo, Suspense } from 'react';
import { lazyPanel } from '../../components/lazyPanel';

// Saved scenarios and the pinned baseline are tools for a second look: they load after the figures.
const WhatIfPanel = lazyPanel(() => import('./WhatIf').then((m) => m.WhatIf));

// memo: the page re-renders with each new address; this re-renders only when what it reads changes.
export const WhatIf = memo(function WhatIf() {
  return (
    <Suspense fallback={<p className="hint">Loading saved scenarios…</p>}>
      <WhatIfPanel />
    </Suspense>
  );
});
