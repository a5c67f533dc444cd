import { Role } from '@buurtvolk/identity';
import { badUserInput } from '@buurtvolk/subgraph-kit';
import { IsUUID, Length } from 'class-validator';
import { Arg, Authorized, Ctx, Directive, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { VolunteersContext } from '../context';
import { IMPORT_COLUMNS, ImportFileError, MAX_IMPORT_ROWS, parseVolunteerCsv } from './volunteer-import';

const MAX_CSV_LENGTH = 90_000;

@InputType('ImportVolunteersInput')
class ImportVolunteersInput {
  @Field(() => ID, { description: 'The team the residents are registered for' })
  @IsUUID()
  teamId: string;

  @Field({ description: `CSV text with a header row; columns ${IMPORT_COLUMNS.join(', ')}; lists separated by "|"; at most ${MAX_IMPORT_ROWS} rows` })
  @Length(1, MAX_CSV_LENGTH)
  csv: string;

  @Field({ defaultValue: true, description: 'Only check the rows; import nothing' })
  dryRun: boolean = true;
}

@ObjectType('FieldProblem')
@Directive('@shareable')
class FieldProblem {
  @Field()
  field: string;

  @Field()
  message: string;
}

@ObjectType('ImportRowResult')
class ImportRowResult {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' })
  line: number;

  @Field(() => ID, { nullable: true, description: 'The new volunteer, once imported' })
  volunteerId: string | null;

  @Field(() => [FieldProblem])
  errors: FieldProblem[];
}

@ObjectType('ImportVolunteersResult')
class ImportVolunteersResult {
  @Field()
  dryRun: boolean;

  @Field(() => Int, { description: 'Rows imported: all of them, or none when any row has a problem' })
  imported: number;

  @Field(() => [ImportRowResult])
  rows: ImportRowResult[];
}

@Resolver()
export class VolunteerImportResolver {
  @Authorized(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => ImportVolunteersResult, { description: 'Imports residents from a spreadsheet: every row is checked; without dryRun all rows are imported or none' })
  async importVolunteers(@Arg('input') { teamId, csv, dryRun }: ImportVolunteersInput, @Ctx() ctx: VolunteersContext): Promise<ImportVolunteersResult> {
    ctx.policy.assertCanRegisterFor(teamId);
    let rows;
    try {
      rows = parseVolunteerCsv(csv);
    } catch (error) {
      const message = error instanceof ImportFileError ? error.message : `The file is not valid CSV: ${(error as Error).message.split('\n')[0]}`;
      throw badUserInput(message, [{ field: 'csv', message }]);
    }
    const inUse = await ctx.volunteers.emailsInUse(rows.flatMap((row) => (row.values.email ? [row.values.email] : [])));
    for (const row of rows) if (row.values.email && inUse.has(row.values.email)) row.errors.push({ field: 'email', message: 'belongs to a volunteer already registered' });
    const valid = rows.every((row) => row.errors.length === 0);
    const imported = !dryRun && valid ? await ctx.volunteers.importAll(teamId, rows.map((row) => row.values)) : [];
    return {
      dryRun,
      imported: imported.length,
      rows: rows.map((row, i) => ({ line: row.line, volunteerId: imported[i]?.id ?? null, errors: row.errors })),
    };
  }
}
