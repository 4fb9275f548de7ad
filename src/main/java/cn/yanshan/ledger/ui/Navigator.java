package cn.yanshan.ledger.ui;

/** Moves the main window between areas; views use it to open a related record. */
public interface Navigator {

    void show(Area area);

    void showUnit(long unitId);

    void showTask(long taskId);
}
