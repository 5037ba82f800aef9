// Income tax by year on taxable income, with losses carried forward (without limit) against later profit, so a
// construction-year loss is not taxed as though it were a refund.

export function taxWithLossCarryForward(taxableUsd: readonly number[], taxRatePct: number): number[] {
  let lossesUsd = 0;
  return taxableUsd.map((income) => {
    if (income <= 0) {
      lossesUsd += -income;
      return 0;
    }
    const used = Math.min(lossesUsd, income);
    lossesUsd -= used;
    return (income - used) * taxRatePct;
  });
}
