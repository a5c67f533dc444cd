/** The eight domains of participant effects the foundation promises its funders, each self-assessed 0–10. */
export enum WellbeingDomain {
  LANGUAGE = 'LANGUAGE',
  SOCIAL_NETWORK = 'SOCIAL_NETWORK',
  MEANING = 'MEANING',
  DAILY_LIFE = 'DAILY_LIFE',
  HOME_SITUATION = 'HOME_SITUATION',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  PHYSICAL_HEALTH = 'PHYSICAL_HEALTH',
  FINANCIAL_HEALTH = 'FINANCIAL_HEALTH',
}
