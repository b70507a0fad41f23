package cn.gov.sucheng.worksafety.training.trainee.application;

import cn.gov.sucheng.worksafety.training.trainee.model.IdNumber;

/** Keeps ID numbers protected: encrypted for storage, and a keyed fingerprint for uniqueness and lookup. */
public interface IdNumberVault {

    Sealed seal(IdNumber idNumber);

    /** The fingerprint of {@code idNumber}, equal for equal numbers, useless without the key. */
    byte[] fingerprint(IdNumber idNumber);

    /** @param cipher the encrypted number; @param fingerprint its keyed fingerprint */
    record Sealed(byte[] cipher, byte[] fingerprint) {
    }
}
