import { useSuspenseQuery } from '@tanstack/react-query';
import type { Dataset } from '../model/dataset';
import { datasetQueryOptions } from './load';

/**
 * The pay data, once loaded: suspends until it arrives and throws a DataError (naming the file) if it
 * cannot be loaded, for the nearest DataBoundary to show with a Retry.
 */
export function useDataset(): Dataset {
  return useSuspenseQuery(datasetQueryOptions()).data;
}
