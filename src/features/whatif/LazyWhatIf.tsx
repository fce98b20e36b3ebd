import { Suspense } from 'react';
import { lazyPanel } from '../../components/lazyPanel';

// Saved scenarios and the pinned baseline are tools for a second look: they load after the figures.
const WhatIfPanel = lazyPanel(() => import('./WhatIf').then((m) => m.WhatIf));

export function WhatIf() {
  return (
    <Suspense fallback={<p className="hint">Loading saved scenarios…</p>}>
      <WhatIfPanel />
    </Suspense>
  );
}
