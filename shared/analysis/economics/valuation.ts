// The re-rating of the brief: the site valued as a miner before (mining EBITDA × the mining multiple) against the site
// after (data-center EBITDA × the data-center multiple + the mining kept × the mining multiple), less the capex
// spent to get there. The bridge steps add up: before + mining given up + data-center value − capex = after less capex.

export interface ValuationInputs {
  readonly miningEbitdaBeforeUsd: number;
  readonly miningEbitdaAfterUsd: number;
  readonly dataCenterEbitdaUsd: number;
  readonly miningEvPerEbitda: number;
  readonly dataCenterEvPerEbitda: number;
  readonly capexUsd: number;
}

export interface ValuationBridgeStep {
  readonly label: string;
  readonly usd: number;
}

export interface Valuation extends ValuationInputs {
  readonly valueBeforeUsd: number;
  readonly miningValueAfterUsd: number;
  readonly dataCenterValueUsd: number;
  readonly valueAfterUsd: number;
  /** Value after − capex − value before. */
  readonly reratingUsd: number;
  readonly bridge: readonly ValuationBridgeStep[];
}

export function valuation(v: ValuationInputs): Valuation {
  const valueBeforeUsd = v.miningEbitdaBeforeUsd * v.miningEvPerEbitda;
  const miningValueAfterUsd = v.miningEbitdaAfterUsd * v.miningEvPerEbitda;
  const dataCenterValueUsd = v.dataCenterEbitdaUsd * v.dataCenterEvPerEbitda;
  const valueAfterUsd = miningValueAfterUsd + dataCenterValueUsd;
  const reratingUsd = valueAfterUsd - v.capexUsd - valueBeforeUsd;
  return {
    ...v,
    valueBeforeUsd,
    miningValueAfterUsd,
    dataCenterValueUsd,
    valueAfterUsd,
    reratingUsd,
    bridge: [
      { label: 'Mining value before', usd: valueBeforeUsd },
      { label: 'Mining value given up', usd: miningValueAfterUsd - valueBeforeUsd },
      { label: 'Data-center value', usd: dataCenterValueUsd },
      { label: 'Capex', usd: -v.capexUsd },
      { label: 'Value after, less capex', usd: valueAfterUsd - v.capexUsd },
    ],
  };
}
