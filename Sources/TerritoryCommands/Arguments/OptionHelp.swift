import TerritoryPlanner

/// The Chinese of every `territory` option's line of help, keyed by its English line: one catalogue, so an
/// option shared by several commands (`--territory`, `--format`, `--holidays`) is translated once.
/// `ChineseHelpTests` fails when an option of a `territory` command has no entry here.
public enum OptionHelp {
    /// English line → Chinese line.
    public static let chinese: [String: String] = [
        "Show this help": "显示本帮助",
        // Shared by every command.
        "Territory folder (default: the demo territory, see below)": "区域文件夹（默认：示例区域，见下文）",
        "Language of messages, headings and labels (default: zh, or en when LANG starts with en)":
            "消息、标题和标签的语言（默认 zh；LANG 以 en 开头时为 en）",
        "Output format (default: table)": "输出格式（默认：table 表格）",
        "Write to FILE (atomically) instead of standard output": "写入 FILE（原子写入），不输出到标准输出",
        "Only this rep's doctors (repeat or comma-separate for several; default: all)": "只看该代表的医生（多位可重复或用逗号分隔；默认：全部）",
        // Month and calendar.
        "Month to plan (default: next calendar month)": "要规划的月份（默认：下个自然月）",
        "Extra holiday file in the holiday-cn JSON format (for a year not bundled)": "额外的节假日文件，holiday-cn JSON 格式（用于未内置的年份）",
        "Treat Monday–Friday as working days, knowingly ignoring holidays": "把周一至周五当作工作日，明知而忽略节假日",
        // plan.
        "Plan only this rep (repeat or comma-separate for several; default: all)": "只规划该代表（多位可重复或用逗号分隔；默认：全部）",
        "Plan only the K-th of N slices of the reps, a manager's reps together (join them with `territory merge`)":
            "只规划代表的 N 片中的第 K 片，同一经理的代表在同一片（用 `territory merge` 合并）",
        "Folder for plan.json and plan.csv (default: plans/<month>)": "plan.json 和 plan.csv 的文件夹（默认：plans/<month>）",
        "Random seed; the same inputs and seed give identical plans (default: 1)": "随机种子；相同输入和种子得到相同计划（默认：1）",
        "Solver iterations per rep, the deterministic effort (default: \(Planner.Effort().iterations))":
            "每位代表的求解迭代次数，即可重复的计算量（默认：\(Planner.Effort().iterations)）",
        "Stop each rep's search after this many seconds (default: none)": "每位代表的搜索最多用这么多秒（默认：不限）",
        "What to print on stdout (default: table)": "在标准输出打印什么（默认：table 表格）",
        "Print that day of an existing plan (no planning; see --plan)": "打印已有计划中的这一天（不重新规划；见 --plan）",
        "Print the week (Monday–Sunday) holding that day of an existing plan": "打印已有计划中包含这一天的一周（周一至周日）",
        "The plan --date and --week read (default: plans/<month>/plan.json)": "--date 和 --week 读取的计划（默认：plans/<month>/plan.json）",
        // merge.
        "Folder for the whole plan's files (default: plans/<month>)": "完整计划各文件的文件夹（默认：plans/<month>）",
        // progress.
        "Month to count (default: the month of --as-of, else this month)": "要统计的月份（默认：--as-of 所在月份，否则本月）",
        "Count calls up to and including this day, YYYY-MM-DD (default: today, moved into the month)":
            "统计截至并包括这一天的拜访，YYYY-MM-DD（默认：今天，落在该月内）",
        "Only this rep (repeat or comma-separate for several; default: all)": "只看该代表（多位可重复或用逗号分隔；默认：全部）",
        "The month's plan.json (default: plans/<month>/plan.json when it exists)": "该月的 plan.json（默认：存在时为 plans/<month>/plan.json）",
        "The calls reps logged (default: calls.csv in the territory, if any)": "代表记录的拜访（默认：区域中的 calls.csv，如有）",
        // replan.
        "The plan.json to re-plan (required; never overwritten)": "要重新规划的 plan.json（必填；不会被覆盖）",
        "First day not yet history, YYYY-MM-DD (required)": "尚未成为历史的第一天，YYYY-MM-DD（必填）",
        "Working days from --from kept exactly as planned (default: \(ReplanCommand.defaultFreeze))":
            "自 --from 起原样保留的工作日数（默认：\(ReplanCommand.defaultFreeze)）",
        "Re-plan only this rep (repeat or comma-separate; default: every rep of the plan)": "只重新规划该代表（可重复或用逗号分隔；默认：计划中的每位代表）",
        "Folder for the new plan.json and plan.csv (default: plans/<month>/replan-<DATE>)":
            "新 plan.json 和 plan.csv 的文件夹（默认：plans/<month>/replan-<DATE>）",
        "Solver iterations per rep, the deterministic effort (default: \(ReplanCommand.defaultIterations))":
            "每位代表的求解迭代次数，即可重复的计算量（默认：\(ReplanCommand.defaultIterations)）",
        // balance.
        "Balance only among these reps (repeat or comma-separate; default: all)": "只在这些代表之间调整（可重复或用逗号分隔；默认：全部）",
        "Change the rep of at most N units (default: no limit)": "最多改变 N 个单位的代表（默认：不限）",
        "Move single doctors, and only to reps who already see their hospital": "只移动单个医生，且只移给已经拜访其医院的代表",
        "Highest utilisation a rep may reach while the district has room (default: rules.json balance_cap, 105)":
            "地区尚有余量时代表可达到的最高利用率（默认：rules.json 的 balance_cap，105）",
        "Points from the district's utilisation every rep should end (default: rules.json balance_tolerance, 3)":
            "每位代表最终与地区利用率相差的百分点（默认：rules.json 的 balance_tolerance，3）",
        "A hospital group may go to a rep who already sees the hospital or to one of the N reps based nearest to it (default: 5; 0 = any rep)":
            "一组医院可以交给已经拜访该医院的代表，或驻地离它最近的 N 位代表之一（默认：5；0 表示任一代表）",
        "Seed of the search (default: 1)": "搜索的随机种子（默认：1）",
        "Write the proposal to FILE (atomically) instead of standard output": "把调整方案写入 FILE（原子写入），不输出到标准输出",
        "Write the balanced territory folder to DIR (doctors.csv reassigned, other files copied)":
            "把调整后的区域文件夹写到 DIR（doctors.csv 重新分配，其他文件复制）",
        "Compare two plans instead: territory balance --compare OLD/plan.json NEW/plan.json":
            "改为比较两份计划：territory balance --compare OLD/plan.json NEW/plan.json",
        // regrade.
        "The earlier snapshot: a territory folder, or a `territory grade --format json` file":
            "较早的快照：区域文件夹，或 `territory grade --format json` 的输出文件",
        "The later territory folder (its rules grade it)": "较晚的区域文件夹（按它自己的规则分级）",
        // report.
        "Use this plan.json (written by `territory plan`) instead of planning now": "使用这份 plan.json（由 `territory plan` 写出），不当场规划",
        "Where to write the report (default: plans/<month>/report.html)": "报告写到哪里（默认：plans/<month>/report.html）",
        "Report only this rep (repeat or comma-separate; default: all)": "只报告这位代表（可重复，或用逗号分隔；默认：全部）",
        "Report only this manager's reps (reps.csv manager_id)": "只报告这位经理的代表（reps.csv 的 manager_id）",
        "Add the month-end re-grade against this earlier territory folder or `territory grade --format json` file":
            "加上月末重新分级，与这个较早的区域文件夹或 `territory grade --format json` 文件比较",
        // export.
        "The rep whose month to export (this or --manager is required)": "要导出月历的代表（此项或 --manager 必填）",
        "Export this manager's co-visit days (managers.csv) instead of a rep's month": "导出该经理的协访日（managers.csv），而不是代表的月历",
        "The plan.json this plan replaces: its events that are gone are exported as cancelled": "被本计划取代的 plan.json：其中已不存在的日程导出为已取消",
        "Add a phone reminder this many minutes before each stop": "在每一站之前这么多分钟加一个手机提醒",
        "Add an all-day \"book by\" event for each stop at a hospital that needs booking ahead": "为每个需要提前预约的医院站点加一个全天的“预约截止”日程",
        "Where to write the calendar (default: plans/<month>/<rep>.ics, or manager-<id>.ics)":
            "日历写到哪里（默认：plans/<month>/<rep>.ics，或 manager-<id>.ics）",
    ]
}
