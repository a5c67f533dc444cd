import { auditLogResolver, buildFederatedSchema } from '@buurtvolk/subgraph-kit';
import { NeighbourhoodBaselineResolver } from './baselines/neighbourhood-baseline.resolver';
import { LiveabilityScoreResolver } from './liveability/liveability-score.resolver';
import { ConsumerPriceIndexResolver } from './prices/consumer-price-index.resolver';
import { ShadowPriceResolver } from './prices/shadow-price.resolver';
import { FundingAgreementReference, NeighbourhoodReference, TeamReference } from './references';
import {
  FundingAgreementImpactResolver,
  ImpactReportResolver,
  NeighbourhoodImpactResolver,
  TeamImpactResolver,
} from './reports/report.resolver';
import {
  FundingAgreementReportPdfResolver,
  NeighbourhoodReportPdfResolver,
  TeamReportPdfResolver,
} from './reports/pdf/report-pdf.resolver';
import { NeighbourhoodSurveyResolver } from './surveys/neighbourhood-survey.resolver';

/** By id, with the owner's name or title, which the gateway sends when a field @requires it (the report PDF). */
const withName = ({ id, name }: { id: string; name?: string }) => ({ id, name });

export function buildImpactSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        ImpactReportResolver,
        NeighbourhoodImpactResolver,
        TeamImpactResolver,
        FundingAgreementImpactResolver,
        NeighbourhoodReportPdfResolver,
        TeamReportPdfResolver,
        FundingAgreementReportPdfResolver,
        NeighbourhoodSurveyResolver,
        ShadowPriceResolver,
        ConsumerPriceIndexResolver,
        NeighbourhoodBaselineResolver,
        LiveabilityScoreResolver,
        auditLogResolver('impact'),
      ],
      orphanedTypes: [TeamReference, NeighbourhoodReference, FundingAgreementReference],
    },
    // Access is checked on each contributed field, so references resolve to their id (and the name they came with).
    {
      Team: { __resolveReference: withName },
      Neighbourhood: { __resolveReference: withName },
      FundingAgreement: { __resolveReference: ({ id, title }: { id: string; title?: string }) => ({ id, title }) },
    },
  );
}
