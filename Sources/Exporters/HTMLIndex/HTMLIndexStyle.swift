/// The page's only style sheet, inline: GOV.UK-like colours, readable on screen and in print.
enum HTMLIndexStyle {
    static let css = """
    :root { --text: #0b0c0c; --muted: #505a5f; --border: #b1b4b6; --light: #f3f2f1; --link: #1d70b8; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.4; color: var(--text); background: #fff; }
    header { background: #0b0c0c; color: #fff; padding: 20px 32px 12px; }
    header h1 { margin: 0 0 12px; font-size: 30px; }
    dl.facts { display: flex; flex-wrap: wrap; gap: 8px 32px; margin: 0; }
    dl.facts div { display: flex; gap: 6px; }
    dl.facts dt { font-weight: bold; }
    dl.facts dt::after { content: ":"; }
    dl.facts dd { margin: 0; }
    main { max-width: 1200px; padding: 8px 32px 32px; }
    h2 { font-size: 24px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--text); }
    h3 { font-size: 19px; margin: 24px 0 8px; }
    a { color: var(--link); }
    a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: var(--text); }
    table { border-collapse: collapse; width: 100%; margin: 0 0 16px; }
    caption { text-align: left; font-weight: bold; padding: 4px 0; }
    th, td { text-align: left; vertical-align: top; padding: 8px 10px 8px 0; border-bottom: 1px solid var(--border); }
    thead th { border-bottom: 2px solid var(--text); }
    td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
    table.counts { width: auto; }
    table.counts th, table.counts td { padding-right: 24px; text-align: center; }
    table.checklist th[scope=row] { width: 36%; font-weight: normal; }
    table.checklist td:nth-child(2) { width: 8em; }
    .item-title { display: block; font-weight: bold; }
    .item-meta, .item-why, .item-note, .item-rule, .action-now, .action-near, .source, .note, .role { display: block; color: var(--muted); font-size: 14px; }
    .item-warning { display: block; color: #6e3619; font-size: 14px; }
    .role { display: inline; }
    .badge { display: inline-block; min-width: 5.5em; padding: 2px 8px; border-radius: 3px; font-weight: bold; font-size: 14px; text-align: center; text-transform: uppercase; letter-spacing: 0.02em; }
    .status-present { background: #cce2d8; color: #005a30; }
    .status-missing { background: #f6d7d2; color: #942514; }
    .status-stale { background: #fff7bf; color: #594d00; }
    .status-invalid { background: #dbd5e9; color: #3d2375; }
    .status-needsReview { background: #fcd6c3; color: #6e3619; }
    .status-notApplicable, .status-providedSeparately { background: #e6e8ea; color: #383f43; }
    .item-decision { display: block; font-size: 14px; border-left: 3px solid #505a5f; padding-left: 6px; margin-top: 2px; }
    .overdue { color: #942514; font-weight: bold; }
    .verdict { font-weight: bold; font-size: 19px; padding: 8px 12px; border-left: 6px solid; }
    .verdict.complete { border-color: #00703c; background: #cce2d8; }
    .verdict.incomplete { border-color: #d4351c; background: #f6d7d2; }
    ul.files, ul.codes, ul.columns, ul.legend { margin: 0; padding: 0; list-style: none; }
    ul.files li, ul.codes li, ul.columns li { margin: 0 0 4px; word-break: break-all; }
    ul.legend { display: flex; flex-wrap: wrap; gap: 4px 24px; margin-top: 4px; }
    ul.legend svg { vertical-align: middle; }
    .none { color: var(--muted); }
    .severity-error { color: #942514; font-weight: bold; }
    .severity-warning { color: #594d00; font-weight: bold; }
    .severity-note { color: var(--muted); }
    code { font-family: "Courier New", monospace; font-size: 14px; background: var(--light); padding: 0 3px; }
    table.kpi-latest { font-size: 15px; }
    table.kpi-latest caption { font-weight: normal; color: var(--muted); font-size: 14px; }
    table.kpi-latest th[scope=row] { font-weight: normal; width: 26%; }
    table.kpi-latest td.suppressed { font-weight: bold; }
    figure.kpi { margin: 0 0 24px; padding: 12px 16px; border: 1px solid var(--border); max-width: 680px; }
    figure.kpi h3 { margin-top: 0; }
    svg.chart { display: block; max-width: 100%; height: auto; }
    svg.chart .grid { stroke: #dddddd; stroke-width: 1; }
    svg.chart .baseline { stroke: var(--text); stroke-width: 1; }
    svg.chart .axis { font-size: 12px; fill: var(--muted); font-family: Arial, Helvetica, sans-serif; }
    figure.annex-a-figure { margin: 0 0 20px; padding: 8px 12px; border: 1px solid var(--border); }
    figure.annex-a-figure h4 { margin: 0 0 4px; font-size: 16px; }
    .figure-body { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: flex-start; }
    table.annex-a-values td.suppressed { font-style: italic; }
    ul.notes { color: var(--muted); font-size: 14px; }
    details { margin-top: 8px; }
    summary { cursor: pointer; color: var(--link); }
    table.values { width: auto; margin-top: 8px; }
    table.values th, table.values td { padding-right: 20px; }
    footer { padding: 16px 32px; border-top: 1px solid var(--border); color: var(--muted); font-size: 14px; }
    .print-only { display: none; }
    @page { size: A4; margin: 14mm; }
    @media print {
      header { background: none; color: var(--text); } a { color: var(--text); }
      body { font-size: 10.5pt; }
      details { display: none; }
      table.print-only { display: table; }
      figure.kpi, figure.annex-a-figure { max-width: 100%; break-inside: avoid; page-break-inside: avoid; }
      tr, table.values { break-inside: avoid; page-break-inside: avoid; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
    }

    """
}
