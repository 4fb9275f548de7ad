package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.person.Person;

/** Sentences several parts of the import say. */
final class ImportTexts {

    private ImportTexts() {
    }

    static String inRecycleBin(Person p) {
        return "身份证号" + p.idNumber().masked() + "属于回收站中的" + p.name() + "。请先在“残疾人台账”的回收站中恢复该人员，再导入本行。";
    }
}
