import { lazy, Suspense } from 'react';

// Saved scenarios and the pinned baseline are tools for a second look: they load after the figures.
const WhatIfPanel = lazy(() => import('./WhatIf').then((m) => ({ default: m.WhatIf })));

export function WhatIf() {
  return (
    <Suspense fallback={<p className="hint">Loading saved scenarios…</p>}>
      <WhatIfPanel />
    </Suspense>
  );
}
