import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { CbsFigure } from './cbs-figure';

export { CbsFigure };

export enum LocalPartnerKind {
  MUNICIPALITY = 'MUNICIPALITY',
  HOUSING_CORPORATION = 'HOUSING_CORPORATION',
  CARE_OR_WELFARE = 'CARE_OR_WELFARE',
  SCHOOL = 'SCHOOL',
  COMMUNITY_CENTRE = 'COMMUNITY_CENTRE',
  FAITH_COMMUNITY = 'FAITH_COMMUNITY',
  SPORTS_CLUB = 'SPORTS_CLUB',
  RESIDENTS_ASSOCIATION = 'RESIDENTS_ASSOCIATION',
  BUSINESS = 'BUSINESS',
  OTHER = 'OTHER',
}
registerEnumType(LocalPartnerKind, {
  name: 'LocalPartnerKind',
  description: 'What kind of organisation is present in a neighbourhood',
  valuesConfig: {
    MUNICIPALITY: { description: 'The municipality or its district office (gemeente, gebiedscommissie)' },
    HOUSING_CORPORATION: { description: 'A housing corporation (woningcorporatie)' },
    CARE_OR_WELFARE: { description: 'A care or welfare organisation (zorg of welzijn)' },
    SCHOOL: { description: 'A school' },
    COMMUNITY_CENTRE: { description: 'A community centre (buurthuis)' },
    FAITH_COMMUNITY: { description: 'A church, mosque or other faith community' },
    SPORTS_CLUB: { description: 'A sports club' },
    RESIDENTS_ASSOCIATION: { description: 'A residents’ association (bewonersorganisatie)' },
    BUSINESS: { description: 'A shop or other business' },
    OTHER: { description: 'Any other organisation' },
  },
});

export enum ScanDecision {
  START = 'START',
  DO_NOT_START = 'DO_NOT_START',
}
registerEnumType(ScanDecision, {
  name: 'ScanDecision',
  description: 'What the foundation decided after a neighbourhood scan',
  valuesConfig: {
    START: { description: 'Start a team (a new one or one that exists)' },
    DO_NOT_START: { description: 'No team, for the reason given' },
  },
});

@ObjectType('ScanPartner', { description: 'An organisation present in the neighbourhood (organisations only, never persons)' })
export class ScanPartner {
  @Field({ description: "The organisation's name" })
  name: string;

  @Field(() => LocalPartnerKind, { description: 'What kind of organisation it is' })
  kind: LocalPartnerKind;
}

/** A CBS key figure of one area in one classification year, as an admin imported it. */
@Entity('cbs_key_figures')
@ObjectType('CbsKeyFigure', { description: 'A key figure CBS publishes for an area, with its source table and year' })
export class CbsKeyFigure {
  @PrimaryColumn({ name: 'area_code', type: 'text' })
  @Field({ description: 'The CBS area code (GM…, WK… or BU…)' })
  areaCode: string;

  @PrimaryColumn({ name: 'classification_year', type: 'int' })
  @Field(() => Int, { description: 'Year of the CBS area classification the code comes from' })
  classificationYear: number;

  @PrimaryColumn({ type: 'text' })
  @Field(() => CbsFigure, { description: 'Which figure' })
  figure: CbsFigure;

  @Column({ type: 'numeric', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  @Field(() => Float, { description: 'The value: a count of inhabitants, or a percentage' })
  value: number;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The year the figure describes' })
  year: number;

  @Column({ type: 'text' })
  @Field({ description: 'The CBS table it was imported from, e.g. 85984NED (Kerncijfers wijken en buurten 2024)' })
  source: string;

  @Column({ name: 'imported_at', type: 'timestamptz' })
  @Field({ description: 'When it was imported' })
  importedAt: Date;
}

@ObjectType('CbsImportReport', { description: 'What an import of CBS key figures stored' })
export class CbsImportReport {
  @Field({ description: 'The CBS table id the figures are stored under' })
  source: string;

  @Field(() => Int, { description: 'The classification year the figures are stored under' })
  classificationYear: number;

  @Field(() => Int, { description: 'Areas (GM, WK, BU) with at least one figure' })
  areas: number;

  @Field(() => Int, { description: 'Figures stored; figures of this table and year from an earlier import are replaced' })
  figures: number;
}

/**
 * The foundation's look at a neighbourhood before a team starts: who is there, what exists, and the decision.
 * Admins only, and the coordinators of the team started from it (notes are the foundation's internal judgement).
 */
@Entity('neighbourhood_scans')
@ObjectType('NeighbourhoodScan', {
  description: 'A neighbourhood scan before a team starts (admins, and the coordinators of the team started from it)',
})
export class NeighbourhoodScan {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'Stable identifier (uuid)' })
  id: string;

  @Column({ name: 'neighbourhood_id', type: 'uuid' })
  neighbourhoodId: string;

  @Column({ name: 'area_code', type: 'text' })
  @Field({ description: 'The CBS wijk or buurt code the scan is about (WK… or BU…)' })
  areaCode: string;

  @Column({ name: 'classification_year', type: 'int' })
  @Field(() => Int, { description: 'Year of the CBS classification the code comes from' })
  classificationYear: number;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'jsonb' })
  @Field(() => [ScanPartner], { description: 'Organisations present in the neighbourhood' })
  partners: ScanPartner[];

  @Column({ type: 'jsonb' })
  @Field(() => [String], { description: 'Existing initiatives, one short text each' })
  initiatives: string[];

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The foundation's notes on the local situation" })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => ScanDecision, { nullable: true, description: 'The decision; null while it is open' })
  decision: ScanDecision | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why not to start (DO_NOT_START), or a note with START' })
  decisionReason: string | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ name: 'decided_by', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Who decided (the token subject of the admin)' })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was decided' })
  decidedAt: Date | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field({ description: 'When the scan was first recorded' })
  createdAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Send this back on a change; a stale version is refused with CONFLICT' })
  version: number;
}
