import { lazy, Suspense, type ComponentProps } from 'react';

// Saved scenarios and the pinned baseline are tools for a second look: they load after the figures.
const WhatIfPanel = lazy(() => import('./WhatIf').then((m) => ({ default: m.WhatIf })));

export function WhatIf(props: ComponentProps<typeof WhatIfPanel>) {
  return (
    <Suspense fallback={<p className="hint">Loading saved scenarios…</p>}>
      <WhatIfPanel {...props} />
    </Suspense>
  );
}
