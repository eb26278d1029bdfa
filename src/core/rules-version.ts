/**
 * The version of the engine's rules: everything between the grids read and the plan written — how tables
 * are read (src/core/read), the rules (src/core/rules), scoring, findings and their sentences, the plan,
 * and what is refused.
 *
 * A shortcut that trusts an earlier scoring must be tied to the rules it was made under: the command
 * line's no-change digest (src/xlsx/package/digest.ts, issue 10 item 3) records this version, and a digest
 * recorded under another one is not trusted: the workbook is read and scored in full. Without it, a
 * workbook scored before a new refusal (tables of two financial years in one scoring, say) and scored
 * again with nothing changed would be told "Nothing to change" instead of being refused.
 *
 * **Bump it** (by one, with a line below) in any change after which some workbook would be scored,
 * counted, formatted, found wanting, summarised or refused differently, or told something worded
 * differently (the shortcut prints the result it kept): a rule changed, a header newly recognised or read
 * otherwise, a new finding or refusal, a summary sheet laid out anew. A change that gives every workbook
 * the same outcome word for word (a refactoring, a speed-up) needs none. When unsure, bump: the cost is a
 * full read of a workbook scored before, at each rescore until one writes a file (and with it a new digest).
 *
 * Versions: 1 — the first recorded (digests without one, written before, count as older than any).
 * 2 — (session 5) a Targets sheet's month targets and last year's figures on another percentage scale, and a row's
 * values written two ways, not compared; the sentence naming sheets scored into the summaries only
 * (noticed items 1–3, session 5);
 *   and council layouts (helper hunt): directorate sub-headings and totals rows, quarter targets and
 * Target | Actual pairs, "£1.2m", "M6", comparators after the figure, amber thresholds, "Direction" as
 * polarity; refusals of two "Actual" columns, targets and figures on separate rows, an Up / Down
 * "Direction", money in millions beside plain figures; a percent sign kept in "95%+", "95% or above".
 * 3 — (helper hunt2) sector layouts: quarters headed by their months ("Apr–Jun"), month targets ("Sep
 * Target", "Apr-25 Plan", "Plan" under a month label), a column naming each row's period beside one
 * "Actual", rolling years ("12 months to Sep-25"), elapsed-time formats ("[h]:mm") as durations; long
 * tables (an indicator on a row per period or per year) refused; a signed percentage target over counts
 * ("-3%") and a time target over plain figures (or the reverse) not rated.
 * 4 — (session 6, helper analyst) words after the last figure ("n/a", "not available", "TBC") make the
 * quarter a data gap, not a carried-forward figure; priorities not named by dates, "Position at …",
 * "Produced by …"; last year's outturn held to the percentage-scale rule; duplicated refs on the Targets
 * sheet; shorter findings and the refusal's way to map by hand; values typed as analysts type them.
 * 5 — (helper owned) a product sheet the state does not list (after reset-state, or a copy) is recognised
 * by its title and headers: not read as an indicator table, with a Note; a column headed just "Variance"
 * holding numbers not formatted as percentages is the analyst's: not written, with a Check.
 * 6 — (session 6, lead) a mapping to a meaning the product does not know is refused with every column
 * kind listed (the tolerance mode and the RAG bands were missing from the list).
 * 7 — (helper formats) figures copied onto the generated sheets keep their cells' number formats (02:10
 * stays mm:ss, 95.5% stays 0.0%, a typed "95%" target is 0.95 shown 95%) and findings name them as the
 * workbook shows them ("the latest value (02:10)").
 * 8 — (session 7, helper analyst) a Status / RAG column holding the analyst's typed words is theirs: never
 * written, a Note, "kept as you typed it" in its Checks; one an earlier version wrote over gets their words
 * back; a Note when the quarter's last month says "n/a" after a figure earlier in the quarter.
 * 9 — (helper addin) an owned cell inside an array formula's area (a dynamic array's spilled results)
 * or holding a linked data type or a picture refuses the run (plan/owned-conflicts.ts).
 * 10 — (session 7, helper hunt3) tables half understood: a name column of codes beside names not understood,
 * or Higher / Lower words under a header not understood with no polarity column, refused with the mapping;
 * two name columns (codes, then names) read as ref and name; bilingual headers ("Targed / Target") and
 * polarity cells ("Is / Lower"); "Tgt", "Act", "Prev yr", "Dir"; a refusal's mapping never maps organisations
 * (a comparison table) or headers that say no figure to periods; a "%" indicator's plain target and values a
 * hundred times apart not rated.
 * 11 — (session 7, lead) a quarter's or month's own target ("Q3 Target") shown as a percentage is read on
 * its row's scale (82.0% held as 0.82 beside a typed "80%" target was +9,778%, green); a line titling the
 * whole report ("Quarterly performance indicators 2025/26 — Quarter 3") does not name a priority.
 * 12 — (session 8, lead) a report title before a dash is dropped from a priority's name ("Quarterly
 * Performance Report 2025/26 – Housing" names "Housing"); "Yr Goal", "FY Target" read as the target, and a
 * half-read refusal maps a goal column too; a "n/a" after the last figure is quoted as typed.
 * 13 — (helper misread) a count whose name says cumulative, in a table with no Profile column, profiled pro
 * rata with a Check (and a Check for rates so named and figures that only rise); the carried-forward Checks
 * said once by the quarter-wide one; one finding per target cell in words; an absurd figure (1.7E+308) never
 * scored; periods named one way (a quarterly table's "Q2"; "Sept" on the Highlights); the "nothing coloured"
 * sentence beside a typed Status column.
 * 14 — (session 8, helper multiyear) time-shaped tables: months or quarters without years in calendar or
 * school-year order read in time order (January to March before April are last year's), with a Note;
 * financial-year labels over the periods give them their years; periods repeating without years read the
 * first run as last year's; "Prev Yr Q3", "Q3 LY" read as last year's Q3; the outturn of the year before
 * the one scored is last year's; "Same quarter last year" is last year's figure of the latest quarter with
 * figures; quarters beside a rolling-year or year-to-date month column read as
 * quarters; refused: every figure last year's with this year's columns empty (with the mapping that
 * scores last year), quarters numbered under a calendar year, a row of targets under each indicator, a
 * table's only target column of another year than its figures.
 * 15 — (session 8, lead) a quarter or month headed with its year beside the same one without a year ("Q3
 * 24/25 | Q1 | Q2 | Q3"): those without are the next year's, the dated one last year's; a table of
 * quarters' "written two ways" Check names quarters ("Q3 97.9 …, unlike Q2 97.5%").
 * 16 — (session 9, lead) a month's figures against a year's or a quarter's target (about a twelfth of last
 * year's outturn, the target about all or a quarter of it) not rated, with a Check (rules/month-share.ts).
 * 17 — (session 9, helper layouts) an NHS metric name opening with a standard ("A&E 4 hour", "Cancer 62
 * day") is not cut into a ref and a name; two tables abutting with no blank column are each read; a Target
 * under a financial year merged over the periods is read; a ward or district breakdown under an indicator
 * is not scored or counted; "Good is: High/Low" is the polarity; a Benchmark column of quartile words is
 * the quartile; "M7 Actual", "Month 7 Plan", "Previous quarter" read; refused: a "↑/↓" column with no polarity column, a
 * table turned round, each indicator on a row per ward.
 * 18 — (session 9, helper analyst) a percentage typed as a plain number among figures shown as percentages
 * (97.9 beside 96.0% and 97.5%), or a target so (95 over 97.5%, "5%" over plain 0.053), is read on the
 * indicator's scale where it sits among its figures, with a Check — else a data gap that says why, never
 * "No target"; the quarter scored when none is asked for is the one at least half the indicators have
 * reached, annual ones left out, with a Check on each later figure; an annual indicator ("Frequency"
 * column, or "(annual survey)" in its name) before its quarter is Not yet due, out of the counts.
 * 19 — (session 9, helper fresh3fix) the latest of several outturn columns is last year's, a shown one
 * before a hidden one, and a refusal names the header that gave the year; band rows "Theme 1: …",
 * "Priority 2 – …" are priorities; a polarity of "Contextual" / "Monitor only" is not rated, its DOT and
 * Trend not counted; a cumulative rate building up over the year short of its full-year target mid-year
 * is not rated ("Needs a profile"); a RAG key is not a note; a budget table refused as one; the
 * no-variance Note says what it means; the Highlights says "Met/Missed (target 0)".
 * 20 — (session 9, helper wording) "n/a" shown as typed on the Highlights ("Data gap: "n/a" typed", not
 * "Data gap: Not applicable") and in the JSON reason ("N/A"); an annual table's figure named by its year
 * ("2025/26", not "March"); quarter columns beside the months ("Apr | May | Jun | Q1 …") read: a Note, a
 * Check where a quarter's figure is not what its months give, and a quarter with blank months scored on its
 * column; a legacy Ctrl+Shift+Enter array over owned cells refused in a sentence of its own.
 * 21 — (session 9, lead) a band row naming its plan before the label ("Police and Crime Plan priority 1:
 * …") is a priority.
 * 22 — (session 10, helper notrated) "Not rated" counted apart from "No target" (a column where some
 * indicator is not rated); a police force's, fire service's, NHS trust's or shared workbook's summaries in
 * its own words ("the whole force", "Total indicators"); an empty highlight list says whether there were
 * quartiles; "3 of 8" in a quartile cell named as a comparator position; the Summary key wraps long text.
 * 23 — (session 10, lead) a housing association's summaries say "the whole association" (its Housemark
 * quartile words are read under 25).
 * 24 — (session 10, helper addin3) the analyst's conditional formatting over scored cells: a Check naming them.
 * 25 — (session 10, helper layouts3) a month's figures against a quarter's target, with each quarter's own
 * column beside the months, scored on the quarter's column (with a Note), and quarter columns then held to
 * their months added up; Housemark's and Data Cymru's quartile words ("Upper quartile", "Lower median",
 * "Upper middle") read; "Plan"/"Target" over a second run of the periods read as their targets; a
 * percentage's typed "≤1%" standard over plain values of about 20 on their scale; "Oct-25 (provisional)"
 * read as October; "Previous" beside "Latest" the figure before; refused: the same periods under a label
 * per district, a weekly sitrep's dates (docs/workbook.md, "Layouts hunted", session 10).
 * 26 — (session 10, helper fresh5fix) points tolerance in percentage points of a percentage (a fraction
 * shown as 62.2% is 29.8 points short of 92%), relative with a Check for an indicator in another number
 * format; a two-row header with the name merged down over the months read; a second Target column used
 * row by row where the first is blank; "Under plan" / "Below budget" lower is better, polarity words
 * naming no direction not rated; a target of 0 missed earlier in the quarter missed for the quarter; a
 * quarter no indicator has reached refused by both front ends; "Zero" / "Nil" targets are 0; the CQC
 * domains are priorities and an IPR subtitle is no priority name.
 * 27 — (session 10, helper analyst2) a month's figure against a year's target told without last year's outturn
 * (a YTD column that is the sum of the months, a same-period-last-year column, or whole-number counts with the
 * target 8–18 times their median): not rated, with a Check naming the month's share; "(annual target 1,200)"
 * in a name is not annual; the quarter found reached in part of its months gets one Check per table;
 * suppressed figures ("<5", "*", "c") are withheld, not scored, carried past or compared across for DOT;
 * durations typed as text ("13:55") are read as durations.
 * 28 — (helper cumul, a fresh user's housing KPI pack) a table of quarters whose quarter targets are about
 * n/4 of the year's for quarter n (cumulative): each quarter's figure to date (the YTD column, or a count's
 * quarters added up) is measured against its cumulative target, the quarters without a target column of
 * their own against n/4 of the year's (DOT like with like), with a Note; where the figure to date cannot be
 * told, not rated with a Check saying how to map it; a percentage's quarters are never added up.
 * 29 — (session 11, layout hunt) a time against a time target with no polarity is not rated (no DOT or
 * Trend), with a Check, where higher was taken as better; "Ch2", "Chwarter 2" are Q2; "Statutory Indicator",
 * "Statutory Standard", "PAM" are read; "Well-being Objective 1: …" band rows are priorities; refusals for
 * school terms, calendar quarters, four-week periods and "Barnsley Q2 | Doncaster Q2" suggest no mapping;
 * a time target after a comparator ("<= 7:00") is read, lower is better; "Quarter ending Mar 2025" is Q4;
 * times against a "7 mins" target are not rated; Welsh "Polaredd" / "Uwch yn well" read; a row per "PDU",
 * "Academy" or "School" refused; Welsh months and "Rolling 3 months to Sep-25" read; semesters and half years
 * refused with no mapping; "Target 2024/25 | Target 2025/26" beside undated periods refused.
 * 30 — (session 11, helper readfix) a housing association's board KPI pack: figures with marks ("98.7r",
 * "27.5p", "91.2*%", "38.1‡", "*79.0") read, and every marked figure named in one Note a table; sheets holding
 * the same indicators (one per subsidiary) a priority each, their refs no duplicates, their theme rows one
 * Note; a one-landlord TSM pack's theme rows its priorities; "<organisation> — <report title>" never a
 * priority's name, and a report title after a name dropped from it; a YTD column read for the month-share rule
 * named as recognised; a 100% target scored amber named in a Note; Checks quote a marked figure as typed;
 * "… Homes Group" names a housing association; a theme's band row with its own RAG or arrow is a band row.
 * 31 — (session 11, helper fresh8fix) a column's cells end at the next table's header (a quartile column of
 * the first of two tables one blank row apart was dropped); "Cumulative" in a row's Comments / Notes / Type /
 * Frequency cell, or a footnote naming its ref, profiles its target pro rata; a figure that may be cumulative
 * red or green against the year and another colour pro rata is not rated; "No Q2 figure" in a row's Comments
 * makes Q2 a data gap; an annual's Comments say when it is due; typed-value Checks on cells an earlier quarter's
 * scoring replaced are dropped (see docs/workbook.md).
 * 32 — (session 12, helper analyst3) two months' counts against a year's target are a month's share (not
 * rated, the month-share Check) on strong evidence: last year's outturn, a YTD column that is their sum, or
 * whole counts with the target 8 to 18 times their median; a time told by its name ("processing time
 * (weeks)") with no polarity is not rated, as a time against a time is, also against month targets; a time
 * with no target and no polarity gets no DOT or Trend, with a Check; a county's district rows whose refs
 * extend the indicator's ("W1a Ashford" under "W1") are its breakdown where the indicator says "by
 * district" or the rows are written as place names.
 * 33 — (helper fresh7fix) a whole number typed into a percentage-formatted target cell over percentage values
 * read on their scale with a Check; "Rank (of 32)", "LGBF rank" read as their quartile (a rank with no N
 * mapped to the quartile refused); status "not rated" in the results; points tolerance only on percentages
 * (a Unit column, formats, the name); "Annual …" comments on rows with no figure read as the frequency and
 * a Check naming other rows with no figure this year; a Check on a monthly row's blank quarter-end month;
 * Strong performance says why an off-target indicator is there.
 * 34 — (helper county) in a workbook of several sheets of tables, a directorate's sheet holding tables under
 * two or more titles is one priority, named by the sheet's heading (else its name, with a Check), its titles
 * groups within it, and the other sheets with a heading above their one title named by it too; a count per
 * month (its months add up to the year: the outturn or the YTD column says so) against a month's target is
 * scored by quarter: the quarter's months added up against their targets added up, DOT quarter on quarter.
 * 35 — (helper layouts5) quarter labels in the row above "Target | Actual" pairs read as each pair's period
 * (was refused); RAG bands in words ("Green ≥ 95%, Amber 90–95%") read as bands, not a typed status, giving
 * the target, polarity and where amber ends where none is typed; "Good performance" is the polarity; "Term 1 |
 * Term 2" refused as school terms; "Actual YTD" gets the year-to-date Check; "45 / 50" in every period cell
 * refused; the row-per-area refusal names the areas, not the council.
 * 36 — (helper fresh10fix) monthly counts against quarter targets to date (n/4 of the year's) scored on the
 * year to date, against a quarter's share on the quarter's months, quarters with no target column getting
 * their share of the year's; rare events (months of 0) against a year's target not rated as a month's share;
 * Trend of a count per month against last year's quarter total quarter with quarter; DOT of a zero target
 * against the quarter before's worst month; "Lower or higher is better" as the polarity header, "Zero" as
 * lower is better; a caveat line ("Data not yet validated – …") never a title; "Q2 2024/25" beside undated
 * months read as last year's Q2; times typed as text in last year's column; "3 of 4" a Check; an outlier's
 * range without the other outliers; a blank month's comment named at its Comments cell; with no quartile
 * anywhere, Strong performance and Requires improvement chosen against target and DOT.
 * 37 — (helper noise) a table's typed % variances, DOT arrows or Status words that another quarter's figures give (St Helens'
 * Q3 column scored at Q2) said in one Check naming that quarter, not one a row; most typed variances
 * disagreeing with no quarter giving them, one Check naming the rows.
 * 38 — (session 12, helper house) one rule for "is it a percentage" (rules/percentage.ts): a percentage's
 * quarters are not added up where its Unit cell or a percent sign on its figures says it is one, and are
 * where a Unit cell says another unit; points tolerance takes "Proportion of …" / "… share" in a "0.0" format
 * for a percentage; a YTD figure is the months' sum within 2% only (the month-share Check no longer calls
 * a YTD half a unit off their sum); a Targets sheet row on sheets of one ref per organisation whose own
 * targets differ is not used where it is not the sheet's own (not rated, a Check).
 * 39 — (helper fresh12fix) a police pack: "Same period last year (Apr-Sep 24)" compared with the same months
 * added up (a count per month; else no Trend, a Check); a count per month with no target added up by quarter
 * for DOT (quarter columns that add the months up too); a change target ("-5%") over counts Not rated, not a
 * data gap; falling figures said to be cumulative added up to date; "No target – …" in the target cell a Note;
 * points mode: days lost, headcount, FTE not percentages; a period band over the header passed over for the
 * title, "Priority N:" stripped; a Definitions sheet not told to map its columns.
 * 40 — (helper regressfix) where a count's months are added up (month-counts, months against quarter
 * targets), an amber band in the unit (RAG thresholds, an absolute tolerance) is scaled with the target,
 * or the adding up refused; a count's added-up quarter is trended against last year's same-quarter figure
 * where that is its total; a caveat beside a source line no longer hides a directorate's heading; DOT
 * Checks of figures that are quarters name the quarters.
 * 41 — (helper fresh11fix) a percentage's figure far over 100% among figures at most 100% refused (its
 * quarter a data gap, a Check); a "(Annual) trajectory" column beside a Standard read as a second Target
 * column where some row's Standard is blank; a count to date's DOT from each quarter's own increment where it
 * has no variance to compare; too few figures for the chosen quarter refused; commentary, lead and owner columns known.
 * 42 — (helper cells) a target of 0's words in the % Variance cell ("Missed (target 0)") shrink to fit the
 * analyst's column (the cell's alignment; the column's width untouched); the Summary key's DOT rows say "the
 * previous reported quarter" (or "period", with DOT against the previous period) for every sector but a
 * council's, which keeps the St Helens report's "the last reported outturn".
 * 43 — (helper edges, session 13) a Standard and an annual trajectory both filled with different figures: a
 * count's ceiling for the year scored against the trajectory to date, a percentage or level against the
 * Standard, with a Note; a month's figure not rated against a longer period's target: DOT compares the
 * quarters' months (a month on average), not a month of each; a rolling year beside the months ("Rolling
 * 12 months to Sep-25") is its own figure, not a second month (no Check), and a Note where a row's quarter
 * has no figure but its rolling year has.
 * 44 — (session 13, helper scale) a target said to be the year's ("Annual budget £1.2m" in Comments, "Annual
 * target" over the target column, "… vs annual budget") beside month or quarter figures more than 1.8 times
 * their median: the year to date against the year's share elapsed where the words say budget or spend or
 * the month-share evidence shows the months are a total's shares, else not rated with a Check; an amber band
 * in the unit scaled on every adding-up path (a table of quarters to date, running totals, the new rule); one
 * rule for a rate (rules/percentage.ts isRate) reading the Unit column: "%" and "Rate per 1,000" rows never
 * added up, "Number" rows may be.
 * 45 — (session 13, helper fresh14fix) a target read from RAG bands in words takes the bands' % sign for its scale (no
 * −99% against fractions shown as %); a banner repeated atop the sheets naming a report is no priority,
 * whatever the organisation's name; a "Target to date" column beside the annual target is the last period's
 * target as given, and a Target column headed to date is not profiled; a budget table's lines judged by
 * label (income higher, spending lower is better), and one not read said with how to map it; two or more of
 * the analyst's formulas showing other figures down an owned column refuse the run; a target of 0 missed at
 * quarter end and worse earlier says which figure it scored.
 * 46 — (helper bcu) sheets repeating the whole's refs with an area's figures (a BCU's, a district's, a site's)
 * read as breakdowns: scored on their sheets, not counted; a Note, two Checks, one line on the Summary.
 * 47 — (helper layouts6) of two columns of one period, "Q2 Actual (%)" read over "Q2 Actual (number)" before
 * it and "Q2" over "Q2 YTD" before it; "HIB" / "LIB" (and a "HIB/LIB" header) the polarity; "Number | %"
 * under period labels in the row above refused saying which is the figure cannot be told (not a comparison
 * table); emoji with a variation selector ("⬆️") a typed DOT and "🟢 On track" a typed status; a quarter's count
 * against a plain "Target" about four times the quarters, with a YTD column their sum or last year's outturn about
 * four quarters, not rated with a Check (rules/quarter-share.ts).
 * 48 — (helper loose) "Annual target" over quarters with last year's outturn about four of them: the year to
 * date against the year's share (was not rated), and no "no target" Check beside the annual-to-date refusal; a
 * quarter after the one found typed as dashes named in a Check; a "Data period" cell naming another period
 * than the one scored, a Check.
 * 49 — (helper fresh13fix) Welsh headings read by a table of words (Amlder, Sylwadau, % Amrywiant …; a
 * two-language header by whichever half is known); last year's quarter under a "2024/25" band, with no Q4
 * beside it, is the same quarter last year (Trend), not Q1's DOT comparison; a collection rate said
 * "Cumulative" in its Notes is a cumulative rate ("Needs a profile"), never pro rata; ranks "9th of 22",
 * "5ed o 22" read (a rank header's N from its cells); Data Cymru's Upper … Lower are performance quartiles;
 * "Cyd-destun / Contextual" names no direction; well-being objectives keep their number; a `notes` mapping.
 * 50 — (helper fresh14fixb) "Q1 rolling | Q2 rolling" read as the quarters (a Note); a benchmarking club's
 * median and quartile columns give the quartile ("Below median" / "Above median" where half is known); a
 * formula with no saved result outside every table a Note, not a refusal; Highlights outside a council with
 * some quartiles missing: none below target strong, every off-target worsening one requiring improvement; a
 * landlord's regulatory words make the workbook a housing association's; "unless a row gives its own (N
 * rows)" in the headline; a cut title's bracket closed; a Note a table where no indicator has a Trend.
 * 51 — (helper scale2) months beside quarter columns under "Annual target" measured year to date against the
 * year's share elapsed, not a quarter column against the target read as a quarter's by size; a cumulative row's
 * amber band in the unit scaled to its target to date (m/12); "Annual budget" read as the target where the
 * table has no Target column, and a budget's figures typed to date ("Actual YTD") against its share elapsed; the
 * target-to-date Note's example written in the target cell's format.
 * 52 — (session 13, last review after the regression check) a Target column that is the target to date of a later
 * period than the one scored (Q1 scored, the target to Q2) gives no target: not rated, with a Check.
 * 53 — (helper dotfix) DOT never compares a variance against a target that is not the earlier period's own: a
 * Target column that is the target to date of the latest period, or the year's target where the latest period
 * has a target of its own unlike it and the earlier none (fresh user 15: "Q2 target" collection rates were ↑
 * over the officer's ↓). DOT then compares each period with the same period last year where the table has both,
 * else none, the officer's own DOT cell left as typed and not contradicted; a Note a table says why. "Q2 profile",
 * "Q2 target (profile)", "Profiled target Q2", "Q2 Target %" read as Q2's target (were not read: both quarters
 * against the year's target, Q2 red).
 * 54 — (helper shared, fresh user 15) a shared service's quarters giving two councils' figures (merged "Q1" over
 * "Ashdown Vale | Weald Hill", or "Q1 Ashdown Vale | Q1 Weald Hill") score the workbook's own council's columns
 * with a Note, or leave that sheet alone unscored with a Check and the mapping (`figuresOf`); a quarterly row's
 * blank quarter column a data gap; Notes "reported one quarter in arrears" a Check; "Contextual — no target" in
 * the Notes a Note; "no column for …" for "not found: …"; a typed quarter target said as typed in the cumulative
 * Note; a title led by the council's name ("… District Council — Corporate Plan priority: Homes") gives "Homes".
 * 55 — (helper layouts7) days lost per FTE against the year's target: to date (YTD words) against the target to
 * date, a rolling 12 months as it stands, unsaid and under a year's worth not rated with a Check; a target range
 * is met anywhere in it and measured from its nearer end outside it (its floor or ceiling beside Higher or Lower).
 * 56 — (helper fresh16fixa) an academic year's columns: half terms and terms ("Aut 1" … "Sum 2") read as the
 * months they end in, months mapped in column order passing April kept in that order (the next financial
 * year's, the rightmost latest), and a title's year over September … August the academic year (July 2026 is
 * Q2 2026/27, not 2025/26); the period scored named as written ("Summer 2 (Jul 2026)"); no part-quarter Check
 * at the academic year's last column; the school-terms refusal names each half term's month; a Check where
 * columns are mapped to months in no time order.
 */
export const RULES_VERSION = 56;
