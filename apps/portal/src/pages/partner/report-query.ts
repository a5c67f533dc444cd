import { graphql } from '../../gql';
import type { PartnerImpactCohesionFragment, PartnerImpactFiguresFragment } from '../../gql/graphql';

/**
 * Everything the partner's report shows, the same for a neighbourhood, a team and a funding agreement, in two parts:
 * an agreement is read through the list of the partner's agreements, where the gateway costs every list as 10 items,
 * and the whole report under such a list costs more than one request may.
 */
export const PartnerImpactFiguresFragmentDocument = graphql(`
  fragment PartnerImpactFigures on ImpactReport {
    scope
    year
    from
    until
    totalHours
    extraHours {
      grossHours
      baselineHours
      netHours
    }
    hoursByTheme {
      theme
      hours
      entries
    }
    months {
      month
      hours
      activitiesCompleted
      residentsReached
    }
    volunteers {
      active
      joined
      left
    }
    activities {
      completed
      residentsReached
    }
    training {
      certificates
      courses
    }
    wellbeing {
      year
      participants
      domains {
        domain
        averageChange
        interval {
          low
          high
        }
        evidence
      }
    }
    firstYearPromise {
      neighbourhoodId
      from
      until
      hours
      grossHours
      baselineHours
      minimumHours
      maximumHours
      percentOfMinimum
      expectedByNow
      status
    }
    costBenefit {
      discountRatePercent
      priceYear
      priceLevelYear
      priceIndexBase
      baseYear
      costs {
        year
        category
        amount {
          cents
          currency
        }
        bookings
      }
      totalCosts {
        cents
        currency
      }
      effects {
        year
        category
        theme
        beneficiary
        quantity
        unit
        priceItem
        priceYear
        price {
          cents
          currency
        }
        value {
          cents
          currency
        }
        valueLow {
          cents
          currency
        }
        valueHigh {
          cents
          currency
        }
        source
        calculation
      }
      benefitsByBeneficiary {
        beneficiary
        value {
          cents
          currency
        }
        valueLow {
          cents
          currency
        }
        valueHigh {
          cents
          currency
        }
      }
      totalBenefits {
        cents
        currency
      }
      totalBenefitsLow {
        cents
        currency
      }
      totalBenefitsHigh {
        cents
        currency
      }
      benefitCostRatio
      benefitCostRatioLow
      benefitCostRatioHigh
      netPresentValue {
        cents
        currency
      }
      netPresentValueLow {
        cents
        currency
      }
      netPresentValueHigh {
        cents
        currency
      }
      agreedReturns {
        agreementId
        title
        ratio
      }
      costsRecorded
      attribution {
        sharePercent
        ruleNl
        ruleEn
      }
    }
    csv {
      name
      fileName
      content
    }
  }
`);

export const PartnerImpactCohesionFragmentDocument = graphql(`
  fragment PartnerImpactCohesion on ImpactReport {
    cohesion {
      surveyId
      neighbourhoodId
      wave
      fieldedOn
      sampleSize
      cohesionScore
      changeSinceBaseline
      changeSinceBaselineInterval {
        low
        high
      }
      changeEvidence
      statements {
        item
        labelNl
        labelEn
        score
      }
    }
  }
`);

export type Report = PartnerImpactFiguresFragment & PartnerImpactCohesionFragment;
