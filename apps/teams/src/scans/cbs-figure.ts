import { registerEnumType } from 'type-graphql';

export enum CbsFigure {
  INHABITANTS = 'INHABITANTS',
  LOW_INCOME_HOUSEHOLDS_SHARE = 'LOW_INCOME_HOUSEHOLDS_SHARE',
}
registerEnumType(CbsFigure, {
  name: 'CbsFigure',
  description: 'A key figure CBS publishes per neighbourhood, as the foundation imports it',
  valuesConfig: {
    INHABITANTS: { description: 'Number of inhabitants (AantalInwoners)' },
    LOW_INCOME_HOUSEHOLDS_SHARE: { description: 'Share of households with a low income, in % (HuishoudensMetEenLaagInkomen)' },
  },
});
