package cn.gov.sucheng.worksafety.enterprise.credit.application;

import java.util.List;

import cn.gov.sucheng.worksafety.platform.domain.ConflictException;

/**
 * An outcome delivered again under the same outcome id but saying something else. The first delivery stands:
 * the sender has a bug or reused a key, and silently overwriting a punishment would hide it.
 */
public class ConflictingOutcomeException extends ConflictException {

    private final String outcomeId;
    private final List<String> differingFields;

    public ConflictingOutcomeException(String outcomeId, List<String> differingFields) {
        super("outcome " + outcomeId
                + " was recorded before with different " + String.join(", ", differingFields));
        this.outcomeId = outcomeId;
        this.differingFields = List.copyOf(differingFields);
    }

    public String outcomeId() {
        return outcomeId;
    }

    public List<String> differingFields() {
        return differingFields;
    }
}
