import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { GeneratedFile } from '@buurtvolk/subgraph-kit';
import type { ImpactContext } from '../../context';
import { FundingAgreementReference, NeighbourhoodReference, TeamReference } from '../../references';
import { ReportPdfService } from './report-pdf.service';

// The name on the report comes from the service that owns it (teams, finance): the gateway brings it along
// (@requires), so impact keeps no copy of names. Access is checked on the id, exactly as for the report itself.
const pdfs = (ctx: ImpactContext) => new ReportPdfService(ctx.reports, ctx.loaders);
/** Only reached without the gateway (a subgraph test that sends no name): the report still says what it is about. */
const UNNAMED = 'zonder naam';

@Resolver(() => NeighbourhoodReference)
export class NeighbourhoodReportPdfResolver {
  @Authorized()
  @FieldResolver(() => GeneratedFile, {
    nullable: true,
    description: 'The impact report of a year as a PDF in Dutch, for funders (admins, partners serving it)',
  })
  @Directive('@requires(fields: "name")')
  impactReportPdf(
    @Root() neighbourhood: NeighbourhoodReference,
    @Arg('year', () => Int, { description: 'Calendar year, from 2000 up to next year' }) year: number,
    @Ctx() ctx: ImpactContext,
  ) {
    const name = neighbourhood.name ?? UNNAMED;
    return ctx.files.once(JSON.stringify(['neighbourhood', neighbourhood.id, name, year]), () =>
      pdfs(ctx).forNeighbourhood(neighbourhood.id, name, year),
    );
  }
}

@Resolver(() => TeamReference)
export class TeamReportPdfResolver {
  @Authorized()
  @FieldResolver(() => GeneratedFile, {
    nullable: true,
    description: 'The team’s impact report of a year as a PDF in Dutch (admins, its coordinators, partners serving its neighbourhood)',
  })
  @Directive('@requires(fields: "name")')
  impactReportPdf(
    @Root() team: TeamReference,
    @Arg('year', () => Int, { description: 'Calendar year, from 2000 up to next year' }) year: number,
    @Ctx() ctx: ImpactContext,
  ) {
    const name = team.name ?? UNNAMED;
    return ctx.files.once(JSON.stringify(['team', team.id, name, year]), () => pdfs(ctx).forTeam(team.id, name, year));
  }
}

@Resolver(() => FundingAgreementReference)
export class FundingAgreementReportPdfResolver {
  @Authorized()
  @FieldResolver(() => GeneratedFile, {
    nullable: true,
    description: 'The agreement’s impact report over its period so far as a PDF in Dutch (admins, the funder)',
  })
  @Directive('@requires(fields: "title")')
  impactReportPdf(@Root() agreement: FundingAgreementReference, @Ctx() ctx: ImpactContext) {
    const title = agreement.title ?? UNNAMED;
    return ctx.files.once(JSON.stringify(['agreement', agreement.id, title]), () => pdfs(ctx).forAgreement(agreement.id, title));
  }
}
