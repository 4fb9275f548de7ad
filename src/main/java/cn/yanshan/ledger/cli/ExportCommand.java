package cn.yanshan.ledger.cli;

import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.common.LedgerException;
import cn.yanshan.ledger.export.Exported;
import cn.yanshan.ledger.export.PlacementQuery;
import cn.yanshan.ledger.person.PersonQuery;
import cn.yanshan.ledger.report.ReportingPeriod;
import cn.yanshan.ledger.security.Role;
import cn.yanshan.ledger.unit.Resolution;
import cn.yanshan.ledger.unit.UnitRef;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code export quarterly|report|persons|placements|ledger -o FILE}: writes the files that leave the office, as the
 * window's 导出 does.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"导出季度汇总表（Excel）、季度工作报告（Word）、人员名单、就业登记名单或整个台账。",
                "Exports the quarterly summary workbook, the report draft, person and placement lists, the whole ledger."},
        subcommands = {ExportCommand.Quarterly.class, ExportCommand.Report.class, ExportCommand.Persons.class,
                ExportCommand.Placements.class, ExportCommand.Ledger.class})
final class ExportCommand implements Runnable {

    @Mixin
    DataDirOption data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "请给出要导出的内容：quarterly、report、persons、placements 或 ledger。");
    }

    /** What every export shares: the output file, {@code --data-dir} at any level, and the summary line printed. */
    abstract static class Export extends LedgerCommand {

        /** A leader with a read-only account may export. */
        @Override
        protected Role requiredRole() {
            return Role.READ_ONLY;
        }

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "保存到的文件")
        Path output;

        @Override
        public Integer call() {
            try (Services services = openLedger()) {
                Exported e = export(services);
                PrintWriter out = spec.commandLine().getOut();
                out.println("已导出" + e.kind().label() + "：" + e.file().toAbsolutePath() + what(e));
                if (e.unmasked()) {
                    out.println("注意：文件含完整身份证号和联系电话，请妥善保管；本次导出已记入操作日志。");
                }
                out.flush();
            }
            return 0;
        }

        abstract Exported export(Services services);

        /** The rows the file holds, in words: （共 120 人）. */
        abstract String what(Exported e);
    }

    /** --year and --quarter, naming one of the plan's periods. */
    abstract static class OfPeriod extends Export {

        @Option(names = "--year", required = true, paramLabel = "Y", description = "年份，如 2024")
        int year;

        @Option(names = "--quarter", required = true, paramLabel = "Q", description = "季度，1 至 4")
        int quarter;

        ReportingPeriod period(Services services) {
            if (quarter < 1 || quarter > 4) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--quarter 应为 1 至 4，而不是 " + quarter + "。");
            }
            return services.reports().period(year, quarter);
        }
    }

    @Command(name = "quarterly", mixinStandardHelpOptions = true,
            description = {"导出一个季度的季度汇总表（.xlsx）：任务推进情况、就业人数统计、本季度新增就业名单、逾期未报单位。"})
    static final class Quarterly extends OfPeriod {

        @Option(names = "--unmasked", description = "名单中写出完整的身份证号和联系电话（会记入操作日志）")
        boolean unmasked;

        @Override
        Exported export(Services services) {
            return services.exports().quarterly(period(services).id(), output, unmasked);
        }

        @Override
        String what(Exported e) {
            return "（本季度新增就业 " + e.rows() + " 人）";
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"导出一个季度的工作情况报告初稿（.docx）：本季度数据、各项任务的进展、问题和下一步打算。"})
    static final class Report extends OfPeriod {

        @Override
        Exported export(Services services) {
            return services.exports().reportDraft(period(services).id(), output);
        }

        @Override
        String what(Exported e) {
            return "（" + e.rows() + " 项任务）";
        }
    }

    /** --unmasked and the persons filter shared by the lists. */
    abstract static class ListExport extends Export {

        @Option(names = "--unmasked", description = "写出完整的身份证号和联系电话（会记入操作日志）")
        boolean unmasked;

        @Option(names = "--township", paramLabel = "NAME", description = "只导出该乡（镇）的人员，如 江那镇 或 江那")
        String township;

        @Option(names = "--search", paramLabel = "TEXT", description = "与台账的搜索框相同：姓名、拼音首字母或身份证号（的后几位）")
        String search;

        PersonQuery query(Services services) {
            PersonQuery q = PersonQuery.ALL.withText(search);
            if (township == null) {
                return q;
            }
            Resolution r = services.units().resolve(township);
            if (!(r instanceof Resolution.Found found)
                    || services.units().byId(found.unit().id()).filter(u -> u.isTownship()).isEmpty()) {
                throw new LedgerException("“" + township + "”不是本县的乡（镇）。可用的有："
                        + String.join("、", services.units().townships().stream().map(u -> u.name()).toList()) + "。");
            }
            UnitRef unit = found.unit();
            return q.withTownship(unit.id());
        }
    }

    @Command(name = "persons", mixinStandardHelpOptions = true, description = {"导出残疾人名单（.xlsx）。"})
    static final class Persons extends ListExport {

        @Override
        Exported export(Services services) {
            return services.exports().persons(query(services), output, unmasked);
        }

        @Override
        String what(Exported e) {
            return "（共 " + e.rows() + " 人）";
        }
    }

    @Command(name = "placements", mixinStandardHelpOptions = true, description = {"导出就业登记名单（.xlsx）。"})
    static final class Placements extends ListExport {

        @Option(names = "--from", paramLabel = "DATE", description = "就业时间从该日起，如 2024-04-01")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "就业时间到该日止，如 2024-06-30")
        LocalDate to;

        @Override
        Exported export(Services services) {
            return services.exports().placements(new PlacementQuery(query(services), from, to), output, unmasked);
        }

        @Override
        String what(Exported e) {
            return "（共 " + e.rows() + " 条）";
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true,
            description = {"把整个台账导出为一个工作簿（.xlsx）：残疾人名单和就业登记名单各一张表。"})
    static final class Ledger extends Export {

        @Option(names = "--unmasked", description = "写出完整的身份证号和联系电话（会记入操作日志）")
        boolean unmasked;

        @Override
        Exported export(Services services) {
            return services.exports().ledger(output, unmasked);
        }

        @Override
        String what(Exported e) {
            return "（共 " + e.rows() + " 行）";
        }
    }
}
