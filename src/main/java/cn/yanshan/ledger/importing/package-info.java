/**
 * Importing the spreadsheets units send (导入): kinds of import (persons, placements), each a list of columns and a
 * row handler on top of the generic {@link cn.yanshan.ledger.workbook} engine; a preview of every row with its
 * status before anything is written; a commit that writes all valid rows in one transaction as a batch that can be
 * undone; the workbook of rejected rows that goes back to the unit; and blank templates for units to fill.
 */
package cn.yanshan.ledger.importing;
