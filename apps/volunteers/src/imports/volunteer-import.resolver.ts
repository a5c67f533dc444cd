import { Role } from '@buurtvolk/identity';
import { IsBase64, IsOptional, IsUUID, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Directive, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../context';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './volunteer-import';
import { importVolunteers } from './volunteer-import.service';

const MAX_CSV_LENGTH = 90_000;
/** About 70 kB of file: with the rest of the request it stays under the gateway's 100 kB body limit. */
const MAX_CSV_BASE64_LENGTH = 94_000;

@InputType('ImportVolunteersInput', {
  description: 'A CSV of residents to register for one team, checked first (dryRun) and then imported',
})
class ImportVolunteersInput {
  @Field(() => ID, { description: 'The team the residents are registered for' })
  @IsUUID()
  teamId: string;

  @Field({
    nullable: true,
    description: `CSV text with a header row; columns ${IMPORT_COLUMNS.join(', ')}; lists separated by "|"; at most ${MAX_IMPORT_ROWS} rows`,
  })
  @IsOptional()
  @Length(1, MAX_CSV_LENGTH)
  csv?: string;

  @Field({
    nullable: true,
    description: 'The file itself, base64-encoded, instead of csv: its encoding (UTF-8 or Windows-1252, as Excel saves) is detected',
  })
  @IsOptional()
  @IsBase64()
  @Length(1, MAX_CSV_BASE64_LENGTH)
  csvBase64?: string;

  @Field({ defaultValue: true, description: 'Only check the rows; import nothing' })
  dryRun: boolean = true;
}

@ObjectType('FieldProblem', { description: 'A problem with one field of an input' })
@Directive('@shareable')
class FieldProblem {
  @Field({ description: 'The field, e.g. email or a CSV column name' })
  field: string;

  @Field({ description: 'What is wrong with it' })
  message: string;
}

@ObjectType('ImportRowResult', { description: 'What became, or would become, of one data row of the file' })
class ImportRowResult {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' })
  line: number;

  @Field(() => ID, { nullable: true, description: 'The new volunteer, once imported' })
  volunteerId: string | null;

  @Field(() => [FieldProblem], { description: 'Problems that keep this row from being imported; empty when it can be' })
  errors: FieldProblem[];

  @Field(() => [FieldProblem], { description: 'What was repaired on the way in (e.g. a phone number that lost its leading 0)' })
  warnings: FieldProblem[];
}

@ObjectType('ImportVolunteersResult', { description: 'The outcome of an import or its dry run, row by row' })
class ImportVolunteersResult {
  @Field({ description: 'True when the rows were only checked and nothing was imported' })
  dryRun: boolean;

  @Field({ description: 'How the file was read: UTF-8 or Windows-1252' })
  encoding: string;

  @Field(() => Int, { description: 'Rows imported: all of them, or none when any row has a problem' })
  imported: number;

  @Field(() => [ImportRowResult], { description: 'Every data row of the file, in file order' })
  rows: ImportRowResult[];
}

@Resolver()
export class VolunteerImportResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ImportVolunteersResult, {
    description: 'Imports residents from a spreadsheet: every row is checked; without dryRun all rows are imported or none',
  })
  importVolunteers(
    @Arg('input', { description: 'The team, the file and whether it is a dry run' }) input: ImportVolunteersInput,
    @Ctx() ctx: VolunteersContext,
  ): Promise<ImportVolunteersResult> {
    return importVolunteers(ctx.volunteers, ctx.policy, input);
  }
}
