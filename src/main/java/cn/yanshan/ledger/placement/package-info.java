/**
 * Placements (就业安置): how and where a person is employed, or why not. The enums carry the
 * official codes and labels of the national registration form and map the ways units write them;
 * a word that is not clearly one official value is not mapped (the import reports it instead).
 */
package cn.yanshan.ledger.placement;
