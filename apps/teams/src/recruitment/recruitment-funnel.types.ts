import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('RecruitmentRetention', {
  description:
    'Of those who joined, who is still in the team a number of months after joining; null where a partner’s view hides a small number',
})
export class RecruitmentRetention {
  @Field(() => Int, { nullable: true, description: 'Still a member of the team on that day' })
  active: number | null;

  @Field(() => Int, { nullable: true, description: 'No longer a member on that day' })
  lost: number | null;

  @Field(() => Int, { nullable: true, description: 'That day is still to come: not counted as active nor as lost' })
  notYetDue: number | null;
}

@ObjectType('RecruitmentFunnel', {
  description:
    'Recruitment as figures: spoken to → interested → intake → joined → still active after 3 and 12 months. Partners see counts under 10 (and what they can be worked out from) as null',
})
export class RecruitmentFunnel {
  @Field(() => Int, { nullable: true, description: 'The calendar year the figures are about; null for all years' })
  year: number | null;

  @Field({ description: 'True when small numbers are hidden (a partner’s view)' })
  suppressed: boolean;

  @Field(() => Int, { nullable: true, description: 'Residents spoken to at outreach moments held in the year' })
  spokenTo: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, residents interested (the sum of the outreach moments)' })
  interested: number | null;

  @Field(() => Int, { nullable: true, description: 'Interested residents who had a first conversation in the year (intake)' })
  intake: number | null;

  @Field(() => Int, { nullable: true, description: 'Candidates who joined the team in the year' })
  joined: number | null;

  @Field(() => RecruitmentRetention, { description: 'Of those who joined in the year: still active 3 months after joining' })
  after3Months: RecruitmentRetention;

  @Field(() => RecruitmentRetention, { description: 'Of those who joined in the year: still active 12 months after joining' })
  after12Months: RecruitmentRetention;
}
