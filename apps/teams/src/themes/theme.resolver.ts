import { type ThemeLabel as DomainThemeLabel, Theme, THEME_LABELS } from '@buurtvolk/domain';
import { Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType('ThemeLabel', { description: 'How a theme is shown to people: Dutch first, English second' })
@Directive('@shareable')
export class ThemeLabel implements DomainThemeLabel {
  @Field(() => Theme)
  theme: Theme;

  @Field()
  labelNl: string;

  @Field()
  labelEn: string;

  @Field()
  description: string;
}

@Resolver()
export class ThemeResolver {
  @Query(() => [ThemeLabel], { description: 'The six themes with their labels; public' })
  @Directive('@shareable')
  themes(): readonly ThemeLabel[] {
    return THEME_LABELS;
  }
}
