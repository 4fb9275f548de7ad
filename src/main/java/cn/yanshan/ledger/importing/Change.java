package cn.yanshan.ledger.importing;

import cn.yanshan.ledger.person.Person;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.placement.PlacementData;

/** What committing one valid row writes; a row may make several (a new person and their placement). */
public sealed interface Change {

    /** A new person. */
    record CreatePerson(PersonData data) implements Change {
    }

    /** A person already in the ledger, changed; {@code before} is kept so that undo can put it back. */
    record UpdatePerson(Person before, PersonData after) implements Change {
    }

    /** A new placement of the person with this ID number (in the ledger, or created by the same import). */
    record CreatePlacement(String idNumber, PlacementData data) implements Change {
    }
}
