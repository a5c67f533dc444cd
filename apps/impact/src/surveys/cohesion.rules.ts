/**
 * The statements of the CBS social cohesion scale (Veiligheidsmonitor), answered on a five-point scale from
 * 1 "helemaal oneens" to 5 "helemaal eens". The first is negative, so it is reverse-scored.
 */
export enum CohesionStatement {
  PEOPLE_HARDLY_KNOW_EACH_OTHER = 'PEOPLE_HARDLY_KNOW_EACH_OTHER',
  PEOPLE_GET_ALONG_PLEASANTLY = 'PEOPLE_GET_ALONG_PLEASANTLY',
  FRIENDLY_CLOSE_KNIT_NEIGHBOURHOOD = 'FRIENDLY_CLOSE_KNIT_NEIGHBOURHOOD',
  FEEL_AT_HOME_WITH_NEIGHBOURS = 'FEEL_AT_HOME_WITH_NEIGHBOURS',
  MUCH_CONTACT_WITH_NEIGHBOURS = 'MUCH_CONTACT_WITH_NEIGHBOURS',
}

/** The five characteristics of Movisie's 'Een buurt voor iedereen', asked the same way. */
export enum InclusionCharacteristic {
  OPEN_ATTITUDE = 'OPEN_ATTITUDE',
  MEANINGFUL_ROLES = 'MEANINGFUL_ROLES',
  LOCAL_RESOURCES_INVOLVED = 'LOCAL_RESOURCES_INVOLVED',
  SHARED_ARRANGEMENTS = 'SHARED_ARRANGEMENTS',
  FEELING_SAFE = 'FEELING_SAFE',
}

export interface SurveyItemLabel {
  labelNl: string;
  labelEn: string;
  reverseScored: boolean;
}

export const STATEMENT_LABELS: Record<CohesionStatement, SurveyItemLabel> = {
  PEOPLE_HARDLY_KNOW_EACH_OTHER: {
    labelNl: 'De mensen kennen elkaar in deze buurt nauwelijks',
    labelEn: 'People hardly know each other in this neighbourhood',
    reverseScored: true,
  },
  PEOPLE_GET_ALONG_PLEASANTLY: {
    labelNl: 'De mensen gaan in deze buurt op een prettige manier met elkaar om',
    labelEn: 'People in this neighbourhood get along pleasantly',
    reverseScored: false,
  },
  FRIENDLY_CLOSE_KNIT_NEIGHBOURHOOD: {
    labelNl: 'Ik woon in een gezellige buurt, waar veel saamhorigheid is',
    labelEn: 'I live in a friendly neighbourhood with a strong sense of togetherness',
    reverseScored: false,
  },
  FEEL_AT_HOME_WITH_NEIGHBOURS: {
    labelNl: 'Ik voel me thuis bij de mensen die in deze buurt wonen',
    labelEn: 'I feel at home with the people who live in this neighbourhood',
    reverseScored: false,
  },
  MUCH_CONTACT_WITH_NEIGHBOURS: {
    labelNl: 'Ik heb veel contact met andere buurtbewoners',
    labelEn: 'I have a lot of contact with other residents',
    reverseScored: false,
  },
};

export const CHARACTERISTIC_LABELS: Record<InclusionCharacteristic, SurveyItemLabel> = {
  OPEN_ATTITUDE: {
    labelNl: 'Er is sprake van een onderlinge open houding',
    labelEn: 'People are open towards one another',
    reverseScored: false,
  },
  MEANINGFUL_ROLES: {
    labelNl: 'Bewoners kunnen volop taken vervullen waardoor zij van betekenis zijn',
    labelEn: 'Residents have plenty of roles that make them matter',
    reverseScored: false,
  },
  LOCAL_RESOURCES_INVOLVED: {
    labelNl: 'Hulpbronnen en voorzieningen in de buurt zijn betrokken en dragen bij',
    labelEn: 'Local clubs, services, shops and schools are involved and contribute',
    reverseScored: false,
  },
  SHARED_ARRANGEMENTS: {
    labelNl: 'Er zijn afspraken en gebruiken voor als het minder goed gaat met iemand',
    labelEn: 'Shared arrangements say what to do when someone is not doing well',
    reverseScored: false,
  },
  FEELING_SAFE: {
    labelNl: 'Mensen voelen zich veilig en weten hoe ze elkaar kunnen aanspreken',
    labelEn: 'People feel safe and know how to address one another',
    reverseScored: false,
  },
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A mean agreement (1–5) as a 0–10 score; a reverse-scored statement counts disagreement. */
export function itemScore(meanAgreement: number, reverseScored: boolean): number {
  return round1(((reverseScored ? 5 - meanAgreement : meanAgreement - 1) / 4) * 10);
}

/** The cohesion scale score (0–10): the average of the five statement scores, the negative one reversed. */
export function cohesionScore(statements: Record<CohesionStatement, number>): number {
  const scores = Object.values(CohesionStatement).map(
    (statement) => ((STATEMENT_LABELS[statement].reverseScored ? 5 - statements[statement] : statements[statement] - 1) / 4) * 10,
  );
  return round1(scores.reduce((sum, score) => sum + score, 0) / scores.length);
}

/** Each item of a wave with its labels, the mean agreement and the 0–10 score. */
export function surveyItems<K extends string>(answers: Record<K, number>, labels: Record<K, SurveyItemLabel>) {
  return (Object.keys(labels) as K[]).map((item) => ({
    item,
    ...labels[item],
    meanAgreement: answers[item],
    score: itemScore(answers[item], labels[item].reverseScored),
  }));
}
