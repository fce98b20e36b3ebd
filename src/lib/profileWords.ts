import { PROFILE_FACT_FIELDS, type ProfileFactField } from '../model/domain';

/** The question each text fact of a role profile answers. */
export const PROFILE_FACT_LABEL: Record<ProfileFactField, string> = {
  focus: 'What sets it apart',
  education: 'Typical education',
  educationRoutes: 'Education routes',
  topSkills: 'Top skills',
  whereTheyWork: 'Where they work',
  dayToDay: 'Day to day',
  careerPath: 'Career path',
  jobReady: 'Time to become job-ready',
};

/** A role profile's text facts in the order a person reads about a career, each with its question. */
export const PROFILE_FACTS = PROFILE_FACT_FIELDS.map((field) => ({
  field,
  label: PROFILE_FACT_LABEL[field],
}));
