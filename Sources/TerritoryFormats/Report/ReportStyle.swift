/// The report's inline style sheet: system fonts (with the common CJK fonts named, none required),
/// zone colours come from the rules per element. Print rules (A4) put each rep on new pages, keep a calendar,
/// map or table row whole on one page and fit the wide tables to the page width; a phone-width screen gets
/// smaller cells, one route map per row, and wide tables that scroll sideways inside the page.
enum ReportStyle {
    /// The font stack: the platform UI font, then common Simplified Chinese fonts, then any sans-serif.
    static let fontStack =
        #"system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", Roboto, "Helvetica Neue", Arial, sans-serif"#

    static let css = """
        :root { --ink: #1f2933; --muted: #66717d; --line: #d8dee4; --soft: #f4f6f8; --off: #e9ecef; --accent: #2f5d8a; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: \(fontStack); color: var(--ink); margin: 0; padding: 24px 32px 48px; font-size: 13px; line-height: 1.45; background: #fff; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
        h3 { font-size: 14px; margin: 18px 0 8px; color: var(--accent); }
        h4 { font-size: 13px; margin: 14px 0 4px; }
        p.meta { color: var(--muted); margin: 0 0 12px; }
        nav { margin: 8px 0 16px; display: flex; flex-wrap: wrap; gap: 6px; }
        nav a { text-decoration: none; color: var(--accent); border: 1px solid var(--line); border-radius: 4px; padding: 2px 8px; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid var(--line); padding: 3px 7px; text-align: left; vertical-align: top; }
        th { background: var(--soft); font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.group th { background: #fff; border-left: 4px solid var(--zone, var(--line)); text-align: left; }
        .row { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
        .kpis { display: flex; flex-wrap: wrap; gap: 10px; margin: 6px 0 12px; }
        .kpi { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 104px; }
        .kpi b { display: block; font-size: 18px; }
        .kpi span { color: var(--muted); font-size: 11px; }
        .kpi.bad { border-color: #c0392b; background: #fdecea; }
        .warn { color: #a52714; font-weight: 600; }
        .bar { position: relative; width: 120px; height: 10px; background: var(--off); border-radius: 5px; overflow: hidden; display: inline-block; vertical-align: middle; margin-right: 6px; }
        .bar i { position: absolute; left: 0; top: 0; bottom: 0; background: var(--accent); }
        .bar.over i { background: #c0392b; }
        .bar b { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px; background: var(--ink); }
        ul.warnings { margin: 4px 0 12px; padding-left: 20px; color: #a52714; font-weight: 600; }
        p.scope { margin: 0 0 12px; padding: 6px 10px; border-left: 4px solid var(--accent); background: var(--soft); }
        .wide { max-width: 100%; overflow-x: auto; }
        table.reps td { white-space: nowrap; }
        table.sortable th { cursor: pointer; user-select: none; }
        table.sortable th:hover { background: #e6ebf0; }
        table.sortable th[aria-sort="descending"]::after { content: " ▼"; font-size: 9px; }
        table.sortable th[aria-sort="ascending"]::after { content: " ▲"; font-size: 9px; }
        table.reps th small { font-weight: 400; color: var(--muted); }
        td.nw { white-space: nowrap; }
        .legend { color: #39424b; font-size: 12px; margin: 4px 0 10px; }
        .legend svg.key { width: 14px; height: 14px; vertical-align: -2px; margin-right: 3px; }
        .legend svg.key.wide { width: 28px; }
        .swatch.round { border-radius: 50%; }
        .territory-maps { max-width: 760px; }
        .territory-maps.regions { max-width: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 10px; }
        figure.territory { margin: 0 0 8px; min-width: 0; }
        figure.territory figcaption { font-size: 12px; font-weight: 600; margin-bottom: 2px; }
        figure.territory svg { display: block; width: 100%; height: auto; background: #fbfcfd; border: 1px solid var(--line); border-radius: 6px; }
        table.grid td { width: 86px; height: 62px; text-align: center; vertical-align: middle; }
        table.grid td b { display: block; font-size: 18px; }
        table.grid td small { color: #333; }
        table.grid th { text-align: center; vertical-align: middle; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: baseline; }
        table.month { table-layout: fixed; width: 100%; max-width: 980px; }
        table.month th { text-align: center; }
        table.month td { height: 64px; padding: 3px 5px; }
        table.month td.off { background: var(--off); color: #8a949e; }
        table.month td.leave { background: repeating-linear-gradient(135deg, #f6f0e1, #f6f0e1 6px, #efe4c8 6px, #efe4c8 12px); }
        table.month td.empty { border: none; }
        .day-no { font-weight: 600; }
        .day-no a { color: inherit; text-decoration: none; }
        .day-note { font-size: 10px; color: var(--muted); margin-left: 4px; }
        .calls { display: flex; height: 8px; margin: 4px 0 2px; background: var(--off); border-radius: 2px; overflow: hidden; }
        .calls i { display: block; height: 100%; }
        .counts { font-size: 11px; }
        .counts span { margin-right: 4px; font-weight: 600; padding: 0 4px; border-left: 3px solid; border-radius: 2px; }
        .maps { display: grid; grid-template-columns: repeat(auto-fill, minmax(232px, 1fr)); gap: 10px; }
        figure.route { min-width: 0; margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px; break-inside: avoid; }
        figure.route figcaption { font-size: 11px; font-weight: 600; margin-bottom: 2px; }
        figure.route svg { display: block; width: 100%; height: auto; background: #fbfcfd; border-radius: 4px; }
        figure.route ol { margin: 4px 0 0; padding-left: 18px; font-size: 10.5px; color: #39424b; }
        figure.route ol li { overflow-wrap: anywhere; }
        ul.tactics { margin: 4px 0 8px; padding-left: 20px; max-width: 440px; }
        .zone-head { border-left: 6px solid; padding-left: 8px; }
        .doctors td, .doctors th { font-size: 12px; }
        .empty-note { color: var(--muted); }
        section.rep { margin-top: 36px; }
        a.up { float: right; margin-top: 4px; font-size: 12px; color: var(--accent); text-decoration: none; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { padding: 0; font-size: 10px; }
          nav, a.up { display: none; }
          section.rep { break-before: page; margin-top: 0; }
          h2, h3, h4, .legend { break-after: avoid; }
          tr, figure.route, figure.territory, table.grid, table.month, .kpis, .legend { break-inside: avoid; }
          .wide { overflow: visible; }
          table.reps, table.doctors { width: 100%; }
          table.reps th, table.reps td, .doctors td, .doctors th { font-size: 9px; padding: 2px 4px; }
          .bar { width: 64px; }
          table.month td { height: 54px; }
          .maps { grid-template-columns: repeat(4, minmax(0, 1fr)); }
          figure.route { min-width: 0; }
          .territory-maps.regions { grid-template-columns: repeat(2, minmax(0, 1fr)); }
        }
        @media screen and (max-width: 640px) {
          body { padding: 12px 10px 32px; font-size: 13px; }
          h1 { font-size: 19px; }
          .kpi { min-width: 0; flex: 1 1 30%; padding: 4px 8px; }
          .row { gap: 12px; }
          .row > div { max-width: 100%; }
          table.grid td { width: 64px; height: 52px; }
          table.month td { height: auto; min-height: 44px; padding: 2px; font-size: 11px; }
          .day-note { display: block; margin-left: 0; }
          .counts span { display: inline-block; margin: 1px 1px 0 0; padding: 0 2px; }
          .maps { grid-template-columns: 1fr; }
          .bar { width: 72px; }
        }
        """
}
