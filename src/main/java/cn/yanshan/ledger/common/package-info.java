/**
 * Small building blocks shared by the domain rules and the imports: the result of a check
 * ({@link cn.yanshan.ledger.common.Check} with its {@link cn.yanshan.ledger.common.Problem}s),
 * text clean-up for what clerks type and spreadsheets hold, and lookup tables for the many ways
 * one official word is written. Plain Java; no user interface, no database.
 */
package cn.yanshan.ledger.common;
