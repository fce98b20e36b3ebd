import type { Role } from '../model/domain';

export type ProfileFactField = Exclude<keyof Role['profile'], 'growthTo2034' | 'jobReadyMonths'>;

/** A role profile's text facts, in the order a person reads about a career; the label is the question. */
export const PROFILE_FACTS: { field: ProfileFactField; label: string }[] = [
  { field: 'education', label: 'Typical education' },
  { field: 'educationRoutes', label: 'Education routes' },
  { field: 'topSkills', label: 'Top skills' },
  { field: 'whereTheyWork', label: 'Where they work' },
  { field: 'dayToDay', label: 'Day to day' },
  { field: 'careerPath', label: 'Career path' },
  { field: 'jobReady', label: 'Time to become job-ready' },
];
