import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import { ConsumerPriceIndexResolver } from './prices/consumer-price-index.resolver';
import { ShadowPriceResolver } from './prices/shadow-price.resolver';
import { FundingAgreementReference, NeighbourhoodReference, TeamReference } from './references';
import {
  FundingAgreementImpactResolver,
  ImpactReportResolver,
  NeighbourhoodImpactResolver,
  TeamImpactResolver,
} from './reports/report.resolver';
import { NeighbourhoodSurveyResolver } from './surveys/neighbourhood-survey.resolver';

const byId = ({ id }: { id: string }) => ({ id });

export function buildImpactSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        ImpactReportResolver,
        NeighbourhoodImpactResolver,
        TeamImpactResolver,
        FundingAgreementImpactResolver,
        NeighbourhoodSurveyResolver,
        ShadowPriceResolver,
        ConsumerPriceIndexResolver,
        auditLogResolver('impact'),
      ],
      orphanedTypes: [TeamReference, NeighbourhoodReference, FundingAgreementReference],
    },
    // Access is checked on each contributed field, so references resolve to their id.
    {
      Team: { __resolveReference: byId },
      Neighbourhood: { __resolveReference: byId },
      FundingAgreement: { __resolveReference: byId },
    },
  );
}
