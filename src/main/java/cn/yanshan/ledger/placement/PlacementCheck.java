package cn.yanshan.ledger.placement;

import cn.yanshan.ledger.common.Validation;

import java.util.Optional;

/** A placement form's problems by field; {@code data} is present when there are no errors. */
public record PlacementCheck(Validation<PlacementField> validation, Optional<PlacementData> data) {

    public boolean isValid() {
        return validation.isValid();
    }
}
