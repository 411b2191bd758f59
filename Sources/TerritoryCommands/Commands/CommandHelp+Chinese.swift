import TerritoryFormats

// The Chinese `--help` of every `territory` command (the default language), in the layout of the English one:
// what the command does, 用法, 选项 (from `OptionHelp`), the territory paragraph, 示例, 退出码.

extension OptionsCommand {
    /// `用法：territory NAME …`.
    var usageZH: String { Self.usageLine(usage, language: .zh) }
    /// The options in Chinese.
    var optionsZH: String { Self.parser.optionsHelp(language: .zh) }
}

/// Exit-code lines shared by several commands.
enum ExitCodesZH {
    /// 73 and what it means.
    static let cannotWrite = "73 无法写入 --out（该处是链接、管道或设备，空间不足，没有权限；不写入任何文件）"
    /// 64 with the --out that would overwrite an input.
    static let usageOrOut = "64 用法错误或 --out 会覆盖输入文件"
}

extension GradeCommand {
    public var helpZH: String? {
        """
        territory grade：按九宫格为每位医生分级

        \(usageZH)

        选项：
        \(optionsZH)
        table 按代表和合计显示医生数的 3×3 九宫格（行 A/B/C 为级别，列 1/2/3 为行为），在终端上按区着色
        （管道输出或设置了 NO_COLOR 时不着色），然后是医生列表。csv 是经理用的名单（UTF-8 带 BOM，供
        Excel 打开）；json 每位医生一个对象，键为英文。
        \(SharedOptions.territoryHelpZH)

        退出码：0 成功，\(ExitCodesZH.usageOrOut)，65 数据错误，66 缺少文件夹或文件，
        \(ExitCodesZH.cannotWrite)。

        """
    }
}

extension PlanCommand {
    public var helpZH: String? {
        """
        territory plan：为每位代表规划本月拜访

        \(usageZH)

        为每位代表规划整月：每个工作日一条从代表驻地出发、经过各医院再返回的有序路线，要拜访的医生、
        到达和离开时间，以及每位医生所在区的策略。先比较产能（每日拜访数 × 工作日数，扣除请假）与应有的
        拜访；一个月排不下时，红区优先于黄区、黄区优先于蓝区（其次按分数高低），每次未安排的拜访都列出原因。

        把 plan.json 和 plan.csv（UTF-8 带 BOM）写入 --out，并打印每天的表格。进度写到标准错误，结果写到
        标准输出。

        区域中有 managers.csv 时，在已规划的路线上为每位经理选出协访日（路线不变）：路线上有 co_visit
        规则所指区（默认红区）医生的日子，分数高者优先，每天一位代表，最多 co_visit_days 天。plan.json
        标出协访的拜访并列出每位经理的协访日，plan.csv 增加协访一列，--out 中还会写入 co_visits.csv 和每位
        经理的 manager-<id>.ics。

        带 --shard K/N 时只规划代表的 N 个固定分片中的第 K 片（按 reps.csv 顺序，同一经理的代表在同一片，
        按代表数均衡），这样 N 台机器可以同时规划一个大区域；每片的拜访就是这些代表在完整计划中的部分，
        警告是完整计划的警告。`territory merge` 把 N 个文件夹合并成完整计划。

        带 --date D 或 --week D 时不做规划：打印已写好的计划（--plan，默认 plans/<month>/plan.json）中
        那一天，或包含那一天的周一到周日，按代表分开（用 --rep 选择），每行不超过 100 列。

        选项：
        \(optionsZH)
        \(SharedOptions.territoryHelpZH)

        示例：
          territory plan
          territory plan --month 2026-12 --rep R01 --lang en
          territory plan --territory ~/my-district --out /tmp/plan --format json
          territory plan --week 2026-12-08 --rep R01
          territory plan --territory ~/national --shard 3/8 --out /tmp/shard-3

        退出码：0 成功，\(ExitCodesZH.usageOrOut)，65 数据错误或节假日未知，66 缺少文件夹或文件，
        \(ExitCodesZH.cannotWrite)，
        130 被 Ctrl-C 中止（列出此前已规划的代表；不写入任何文件）。

        """
    }
}

extension CheckCommand {
    public var helpZH: String? {
        """
        territory check：按区域、规则和日历检查一份计划

        \(usageZH)

        检查一份计划（规划器生成的或手工修改过的）是否符合区域：每次拜访都在本月的工作日且不在请假日；
        每位医生每天最多拜访一次，每天的拜访数不超过代表的上限；每次拜访时长足够、在医院接待时段内、
        不占午餐时间；拜访之间路程时间足够；下班前到家；每位医生的拜访符合间隔规则；每次应有的拜访要么
        已安排，要么列为未安排。协访：每位经理每天只陪一位代表，天数不超过 managers.csv 的 co_visit_days，
        每次协访拜访都在代表的计划中。逐条打印违规（哪次拜访、哪条规则、差多少）；只有计划有效时退出码为
        0，否则为 65。不给 --territory 时，按计划记录的文件夹检查（plan.json 的 "territory"，由 plan 和
        replan 按相对计划文件夹的路径写入），否则用示例区域。

        选项：
        \(optionsZH)
        \(SharedOptions.territoryHelpZH)

        示例：
          territory check plans/2026-12/plan.json

        退出码：0 计划有效，64 用法错误，65 计划无效或数据错误，66 缺少文件夹或文件。

        """
    }
}

extension MergeCommand {
    public var helpZH: String? {
        """
        territory merge：把分片计划合并成完整计划

        \(usageZH)

        把 `territory plan --shard K/N` 写出的 N 个文件夹（K = 1…N；给出每片的 plan.json，顺序不限）合并
        成一份：plan.json、plan.csv，有 managers.csv 时还有 co_visits.csv 和 manager-<id>.ics，写入 --out。
        各片的条目和记录按 reps.csv 顺序排列；不重新规划，所以结果与一次规划全部代表逐字节相同。写入前，
        拒绝不属于同一份计划的分片（缺片或重复、数量、月份、种子、警告或 --lang 不同，或代表不属于该片），
        并像 `territory check` 一样检查完整计划；计划无效时报告违规，不写入任何文件。区域用分片记录的文件夹
        （plan.json 的 "territory"），否则用 --territory，再否则用示例区域。

        选项：
        \(optionsZH)
        \(SharedOptions.territoryHelpZH)

        示例（三个分片，各在自己的机器或核心上，然后合并）：
          territory plan --territory ~/national --month 2026-12 --shard 1/3 --out /tmp/s1
          territory plan --territory ~/national --month 2026-12 --shard 2/3 --out /tmp/s2
          territory plan --territory ~/national --month 2026-12 --shard 3/3 --out /tmp/s3
          territory merge /tmp/s1/plan.json /tmp/s2/plan.json /tmp/s3/plan.json --out plans/2026-12

        退出码：0 已合并且有效，64 用法错误，65 分片不属于同一计划、计划无效或数据错误，
        66 缺少文件夹或文件，73 无法写入 --out（不写入任何文件）。

        """
    }
}

extension ProgressCommand {
    public var helpZH: String? {
        """
        territory progress：本月进行中的进度

        \(usageZH)

        按医生、代表和区统计：应有拜访（该区每月拜访次数）、已安排（本月 plan.json）、已完成（calls.csv
        中状态为 done、截至并包括 --as-of 的行；每位医生每天计一次）、取消和未见到、剩余 = max(0, 应有 −
        已完成)，以及 --as-of 之后仍待进行的已安排拜访。然后：
          达成率 = 已完成 ÷ 应有，每位医生最多计到其应有次数；
          进度   = 已完成 ÷ (应有 × 已过天数 ÷ 总天数)：100% 表示均匀推进；
          有风险 = 剩余拜访多于 --as-of 之后剩下的天数，或自上次完成拜访（或月初）以来已超过间隔规则的
                   最大间隔。
        天数是代表的工作日减去请假。没有计划时已安排计为 0；没有拜访记录时已完成计为 0；两者都会说明。
        calls.csv 的格式见 territories/README.md。

        选项：
        \(optionsZH)
        table 打印代表、区和每位医生；csv 每位医生一行（UTF-8 带 BOM，供 Excel 打开）；json 含代表、区、
        合计和医生，键为英文。
        \(SharedOptions.territoryHelpZH)

        示例：
          territory progress --as-of 2026-12-10
          territory progress --month 2026-12 --rep R01 --lang en
          territory progress --as-of 2026-12-10 --format csv --out progress.csv

        退出码：0 成功，64 用法错误，65 数据错误，66 缺少文件夹或文件，73 无法写入 --out。

        """
    }
}

extension ReplanCommand {
    public var helpZH: String? {
        """
        territory replan：从某一天起重新规划本月剩余部分

        \(usageZH)

        读取一份 plan.json 和代表记录的拜访，为同一个月写出新计划：
          历史    --from 之前的日子：代表记录了拜访（calls.csv）的日子以记录为准（已安排但没有完成记录的
                  拜访视为没有发生，计划外完成的拜访也计入）；没有记录的日子视为按计划完成，除非那天现在
                  是 leave.csv 中的请假（损失的一天）；
          冻结    自 --from 起的 --freeze 个工作日原样保留旧计划的拜访（代表已经预约），现在请假的日子除外；
          待排    本月其余部分按每位医生仍需的次数（应有 − 实际拜访）重新规划，月份不够时红区优先，间隔从
                  每位医生上次实际拜访算起，遵守请假；能留在原日的拜访就留下（每次移离原日的代价相当于
                  60 分钟路程）。
        待排日之前的拜访原样写出；plan.json 的 "replan" 部分说明其中哪些没有发生，使 `territory check`
        能正确判断新计划。在标准输出按代表打印自 --from 起的变化（保留、移动、新增、删除）；进度和提示写到
        标准错误。相同输入和 --seed 得到相同文件。

        选项：
        \(optionsZH)
        \(SharedOptions.territoryHelpZH)

        示例：
          territory replan --plan plans/2026-12/plan.json --from 2026-12-10
          territory replan --plan plans/2026-12/plan.json --from 2026-12-10 --freeze 1 --rep R01 --lang en

        退出码：0 成功，64 用法错误或 --out 会覆盖输入文件（包括 --plan 文件），65 数据错误，
        66 缺少文件夹或文件，73 无法写入 --out（不写入任何文件）。

        """
    }
}

extension BalanceCommand {
    public var helpZH: String? {
        """
        territory balance：建议在代表之间调整医生，使利用率均衡

        \(usageZH)

        利用率是应有拜访 ÷ 产能（每日拜访数 × --month 的工作日数，扣除请假），与 `territory plan` 的算法
        相同。调整方案让每位代表落入地区平均利用率附近的区间：从平均 − 容差到平均 + 容差，地区尚有余量时
        不超过上限；地区本身已超过上限时，区间为平均 ± 容差。调整的单位是一位代表在一家医院的医生，红区
        医生与其他医生分开（红区医生保留原代表，除非只能移动他们）；带 --keep-hospitals 时只移动单个医生，
        且只移给已经拜访其医院的代表，因此没有代表会增加医院。一组医院只交给已经拜访该医院的代表，或驻地
        离它最近的 --nearest 位代表之一。求解依次最小化：高于区间的拜访、低于区间的拜访、移动的红区单位、
        移动的单位、路程估计（每家医院：在那里的天数——至少为其拜访数 ÷ 半天的拜访数——× 从驻地或该代表
        离驻地更近的最近一家医院过去的路程的两倍），
        以及利用率的离散程度；这是从当前分配出发的局部搜索（重新分配、交换、两步链），并从扰动处重启。
        打印的下界为 max(Σ 高于区间的代表 ⌈超出 ÷ 最大单位⌉, Σ 低于区间的代表 ⌈不足 ÷ 可移入的最大单位⌉)。

        --write DIR 写出新的区域文件夹：复制输入文件，doctors.csv 换成新的代表（UTF-8 带 BOM）；然后用
        `territory plan --territory DIR --out DIR/plans` 规划它，用
        `territory balance --compare OLD/plan.json NEW/plan.json` 查看调整前后每位代表的红区、黄区覆盖和
        路程（也可用 --format csv 或 json 输出）。对调整方案，csv 每次移动一行（UTF-8 带 BOM，供 Excel
        打开）；json 含调整前后的代表、移动、区间和目标的各级数值。

        选项：
        \(optionsZH)
        \(SharedOptions.territoryHelpZH)

        示例：
          territory balance --territory /tmp/bal20 --month 2026-12
          territory balance --territory /tmp/bal20 --month 2026-12 --write /tmp/bal20-balanced
          territory balance --compare /tmp/old/plan.json /tmp/new/plan.json --lang en

        退出码：0 成功，64 用法错误或 --out/--write 会覆盖输入文件，65 数据错误或节假日未知，
        66 缺少文件夹或文件，73 无法写入 --out 或 --write（不写入任何文件）。

        """
    }
}

extension RegradeCommand {
    public var helpZH: String? {
        """
        territory regrade：两个快照之间的每月客户分级调整

        \(usageZH)

        选项：
        \(optionsZH)
        给两个快照分级（文件夹按各自的 rules.json；分级 JSON 文件按写出时的样子），按医生编号匹配医生。
        按代表和合计显示 10×10 变动矩阵（行：调整前的格，列：调整后的格，进入或离开名单的医生记为“未列出”），
        区的变动（调整前、调整后、留下、来自和去往其他区、进入、离开、拜访），新的频次让下月增加或减少的
        拜访，以及变动的医生及其新旧格和区（表格在每位代表下列出）。换了代表的医生在合计中仍是同一位医生；
        在各代表部分中，该医生离开原代表的名单、进入新代表的名单。csv 是所示代表中变动医生的名单（UTF-8
        带 BOM，供 Excel 打开；增加和减少的拜访为两列）；json 含每一组的矩阵、区、拜访和变动。

        示例：
          territory grade --territory ~/district --format json --out ~/grades-2026-11.json
          territory regrade --before ~/grades-2026-11.json --after ~/district
          territory regrade --before ~/district-2026-11 --after ~/district --rep R01 --lang en

        退出码：0 成功，\(ExitCodesZH.usageOrOut)，65 数据错误，66 缺少文件夹或文件，
        \(ExitCodesZH.cannotWrite)。

        """
    }
}

extension ReportCommand {
    public var helpZH: String? {
        """
        territory report：把本月做成一份独立的 HTML 报告

        \(usageZH)

        写出一个独立的 HTML 文件（内嵌 CSS、SVG 和一小段脚本；不从网络加载脚本、字体或图片），任何浏览器
        （包括手机）都能打开，按 A4 打印时每位代表从新的一页开始：
          - 地区总览：容量、需求和已安排拜访；每类警告一行并附数量（超出容量的代表、按原因的未安排拜访）；
            每位代表一行，带饱和度条（所有条按同一比例画到最高饱和度，100% 处有竖线，所以 109% 与 159%
            看得出差别）、各区已安排/需求、路程和未安排拜访，点击表头可排序（几行内嵌脚本；没有脚本时表格
            照样可读，按计划顺序）；按最高区着色的全部医院地图及代表出发地（区域跨多个城市、地点相距 50
            公里以上时每个城市一张图）；地区九宫格和各区拜访；
          - 每位代表：九宫格热图（每格的医生数和占比，按区着色）、容量、饱和度、各区需求和已安排拜访、缺口；
            本月日历（每天按区的拜访数；节假日和周末为灰色，请假为斜线）；每天路线的小地图（出发地、按拜访
            顺序编号的医院、返回出发地），附图例，每张图下有编号到医院全名的对照；辅导（最低优先级以外各区
            ——默认红区和黄区——的策略及该区医生）、未安排的拜访及原因，以及按格分组的 A/B/C 医生名单，
            列与 `territory grade --format csv` 相同。

        --rep ID（可重复，或用逗号分隔）和 --manager ID（reps.csv 中 manager_id 为 ID 的代表）只报告这些
        代表：总览（以及 --before 的重新分级）只统计他们，页首写明是哪些代表。不带 --plan 时只规划他们。
        未知的代表或经理以 64 退出。

        带 --plan 时报告那份 plan.json（其月份；若给了 --month 必须一致）。不带 --plan 时先规划本月，与
        `territory plan` 在相同 --seed、--iterations 和日历选项下完全一样（进度写到标准错误），再报告该计划。
        区域中有 calls.csv，或给了 --calls 或 --as-of 时，报告还按 `territory progress` 的算法显示截至
        --as-of（默认：今天，落在该月内）的进度：每位代表的已完成、剩余、达成率和进度，以及每位代表有风险的
        医生。带 --before（较早的区域文件夹或 `territory grade --format json` 的输出）时加上按
        `territory regrade` 算法的月末重新分级：地区的区变动和变动矩阵，以及每位代表的辅导中有多少医生从
        黄区升到红区、哪些红区医生降回（按医生编号匹配）。
        标签随 --lang；报告不含时间戳，所以相同计划（有拜访记录时还要相同的 --as-of）得到相同文件。

        选项：
        \(optionsZH)
        \(SharedOptions.territoryHelpZH)

        示例：
          territory report --month 2026-12
          territory plan --month 2026-12 && territory report --plan plans/2026-12/plan.json --lang en
          territory report --territory ~/my-district --month 2026-12 --out /tmp/report.html

        退出码：0 成功，\(ExitCodesZH.usageOrOut)，65 数据错误，66 缺少文件夹或文件，
        \(ExitCodesZH.cannotWrite)。

        """
    }
}

extension ExportCommand {
    public var helpZH: String? {
        """
        territory export ics：把一位代表的月计划或一位经理的协访日导出为手机日历

        \(usageZH)

        把一位代表的本月写成 RFC 5545 日历，手机和电脑日历都能导入：每个医院站点（同一天在同一家医院的
        连续拜访）一个日程，标题为医院；说明列出每位医生的时间、科室、格、区和该区策略（医院需要提前预约时
        还有预约截止日期）；地点是医院及其所在区县。时间为 Asia/Shanghai（包含 VTIMEZONE）。行以 CRLF
        结尾，在 75 个八位字节处折行，不拆开字符。

        每个日程的 UID 来自代表、该站第一位医生以及这位医生在本月的第几次拜访（第 1、2…次），所以重新导入
        或导入重新规划的计划时会原地更新日程而不会重复：移到另一天的拜访保留其 UID。有多位医生的站点使用其
        第一次拜访的 UID。SEQUENCE 是计划的修订号（`plan` 为 0，每次 `replan` 为 1、2…）；DTSTAMP 和
        LAST-MODIFIED 来自计划（月初第一天或重新规划的日期），从不取时钟，所以相同计划得到相同文件。带
        --previous OLD.json 时，旧计划中 UID 已不存在的每个日程都写成 STATUS:CANCELLED，手机会删除它，
        而不是保留过时的拜访。--remind MINUTES 在每一站前加提醒；--booking-reminders 在需要提前预约的医院的
        预约日加一个全天日程（给了 --remind 时在 09:00 提醒）。

        带 --manager ID 时改为导出经理的协访日（有 managers.csv 的区域）：每天一个日程，从第一次协访拜访到
        最后一次，地点为代表所在医院，说明中列出医生；与 `territory plan` 写出的 manager-<id>.ics 是同一个
        文件（此处默认：plans/<month>/manager-<id>.ics）。

        带 --plan 时导出那份 plan.json。不带 --plan 时先规划该代表的本月，与 `territory plan` 在相同 --seed、
        --iterations 和日历选项下完全一样（代表的计划与同时规划哪些其他代表无关）。文字随 --lang。

        选项：
        \(optionsZH)
        \(SharedOptions.territoryHelpZH)

        示例：
          territory export ics --rep R01 --month 2026-12
          territory export ics --rep R01 --plan plans/2026-12/plan.json --out ~/R01.ics --lang en
          territory export ics --rep R01 --plan plans/2026-12/replan-2026-12-10/plan.json --previous plans/2026-12/plan.json --remind 30
          territory export ics --manager M01 --plan plans/2026-12/plan.json

        退出码：0 成功，\(ExitCodesZH.usageOrOut)，65 数据错误，66 缺少文件夹或文件，
        \(ExitCodesZH.cannotWrite)。

        """
    }
}
