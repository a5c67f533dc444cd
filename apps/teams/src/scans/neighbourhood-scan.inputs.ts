import { VersionedInput } from '@buurtvolk/subgraph-kit';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { MAX_CSV_CHARACTERS } from './cbs-csv';
import { LocalPartnerKind, ScanDecision } from './neighbourhood-scan.entity';

@InputType('ImportCbsKeyFiguresInput', { description: 'A CBS "Kerncijfers wijken en buurten" table as CSV text (admins only)' })
export class ImportCbsKeyFiguresInput {
  @Field({ description: 'The CBS table id, e.g. 85984NED for Kerncijfers wijken en buurten 2024 (stored as the source)' })
  @Length(3, 20)
  @Matches(/^[0-9A-Z]+$/, { message: 'is a CBS table id such as 85984NED' })
  tableId: string;

  @Field(() => Int, { description: 'The year of the area classification the table uses (the year in its title)' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  classificationYear: number;

  @Field({
    description: `Semicolon-separated CSV with a header row: Codering and AantalInwoners and/or HuishoudensMetEenLaagInkomen, optionally Perioden (at most ${MAX_CSV_CHARACTERS} characters)`,
  })
  @MaxLength(MAX_CSV_CHARACTERS + 1)
  csv: string;
}

@ArgsType()
export class CbsKeyFiguresArgs {
  @Field({ description: 'The CBS area code (GM…, WK… or BU…)' })
  @Length(6, 10)
  areaCode: string;

  @Field(() => Int, { description: 'The classification year' })
  @IsInt()
  classificationYear: number;
}

@InputType('ScanPartnerInput', { description: 'An organisation present in the neighbourhood (no persons)' })
export class ScanPartnerInput {
  @Field({ description: "The organisation's name, 1 to 150 characters" })
  @Length(1, 150)
  name: string;

  @Field(() => LocalPartnerKind, { description: 'What kind of organisation it is' })
  @IsEnum(LocalPartnerKind)
  kind: LocalPartnerKind;
}

@InputType('NeighbourhoodScanContentInput', { description: 'What a neighbourhood scan found' })
export class NeighbourhoodScanContentInput {
  @Field(() => [ScanPartnerInput], { description: 'Organisations present (at most 50)' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  partners: ScanPartnerInput[];

  @Field(() => [String], { description: 'Existing initiatives, short texts of at most 300 characters (at most 30)' })
  @ArrayMaxSize(30)
  @Length(1, 300, { each: true })
  initiatives: string[];

  @Field(() => String, { nullable: true, description: "The foundation's notes (at most 5,000 characters)" })
  @IsOptional()
  @MaxLength(5000)
  notes?: string | null;
}

@InputType('RecordNeighbourhoodScanInput', { description: 'A new neighbourhood scan (admins only)' })
export class RecordNeighbourhoodScanInput extends NeighbourhoodScanContentInput {
  @Field(() => ID, { description: 'The neighbourhood scanned (Neighbourhood.id)' })
  @IsUUID()
  neighbourhoodId: string;

  @Field(() => String, {
    nullable: true,
    description: "The CBS wijk or buurt code the scan is about; the neighbourhood's own CBS code when left out",
  })
  @IsOptional()
  @Matches(/^(WK[0-9]{4}[0-9A-Z]{2}|BU[0-9]{4}[0-9A-Z]{4})$/, { message: 'is a CBS wijk (WK…) or buurt (BU…) code' })
  areaCode?: string | null;

  @Field(() => Int, { nullable: true, description: "The code's classification year; the neighbourhood's when left out" })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  classificationYear?: number | null;

  @Field(() => ID, { nullable: true, description: 'The neighbourhood request the scan answers, if any' })
  @IsOptional()
  @IsUUID()
  requestId?: string | null;
}

@InputType('UpdateNeighbourhoodScanInput', { description: 'New content for a neighbourhood scan (admins only)' })
export class UpdateNeighbourhoodScanInput extends VersionedInput {
  @Field(() => NeighbourhoodScanContentInput, { description: 'Partners, initiatives and notes, replacing what was there' })
  @ValidateNested()
  content: NeighbourhoodScanContentInput;
}

@InputType('NewTeamFromScanInput', { description: 'The team to create when starting' })
export class NewTeamFromScanInput {
  @Field({ description: "The team's name, 1 to 100 characters" })
  @Length(1, 100)
  name: string;

  @Field(() => LocalDateResolver, { description: "The team's first day" })
  startsOn: string;

  @Field(() => LocalDateResolver, { description: 'The end of the committed period, 4 to 6 years after startsOn' })
  commitmentEndsOn: string;
}

@InputType('DecideNeighbourhoodScanInput', { description: 'Whether to start a team after a scan (admins only)' })
export class DecideNeighbourhoodScanInput extends VersionedInput {
  @Field(() => ScanDecision, { description: 'START or DO_NOT_START' })
  @IsEnum(ScanDecision)
  decision: ScanDecision;

  @Field(() => String, { nullable: true, description: 'Why not (required with DO_NOT_START), at most 1,000 characters' })
  @IsOptional()
  @Length(1, 1000)
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'With START: an existing team of the neighbourhood to link' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field(() => NewTeamFromScanInput, { nullable: true, description: 'With START: the team to create, in the neighbourhood scanned' })
  @IsOptional()
  @ValidateNested()
  newTeam?: NewTeamFromScanInput | null;
}
