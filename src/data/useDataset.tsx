import { useSuspenseQuery } from '@tanstack/react-query';
import { createContext, use, type ReactNode } from 'react';
import type { Dataset } from '../model/dataset';
import { datasetQueryOptions } from './load';

const DatasetContext = createContext<Dataset | null>(null);

/**
 * The pay data for everything under it, once loaded: suspends until it arrives and throws a DataError
 * (naming the file) if it cannot be loaded, for the DataBoundary around it to show with a Retry. One
 * query observer for the page rather than one per reader: a step of the years slider re-renders some
 * twenty of them, and each observer's bookkeeping was a millisecond of every step.
 */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const dataset = useSuspenseQuery(datasetQueryOptions()).data;
  return <DatasetContext value={dataset}>{children}</DatasetContext>;
}

/** The pay data, for a component inside a DataBoundary (which provides it once it has loaded). */
export function useDataset(): Dataset {
  const dataset = use(DatasetContext);
  if (dataset === null) throw new Error('The pay data is read outside a DataBoundary.');
  return dataset;
}
