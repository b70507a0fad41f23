package cn.gov.sucheng.worksafety.training.trainee.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.gov.sucheng.worksafety.training.trainee.application.IdNumberProperties;
import cn.gov.sucheng.worksafety.training.trainee.application.IdNumberVault;
import cn.gov.sucheng.worksafety.training.trainee.model.IdNumber;

import org.springframework.stereotype.Component;

/**
 * AES-256-GCM with a random 12-byte nonce stored before the ciphertext, and HMAC-SHA256 for the fingerprint,
 * each with its own key: the fingerprint alone reveals nothing, and a leaked table without the keys holds no
 * readable number.
 */
@Component
class AesGcmIdNumberVault implements IdNumberVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    AesGcmIdNumberVault(IdNumberProperties properties) {
        this.encryptionKey = new SecretKeySpec(key(properties.encryptionKey(), "encryption-key"), "AES");
        this.lookupKey = new SecretKeySpec(key(properties.lookupKey(), "lookup-key"), "HmacSHA256");
    }

    private static byte[] key(String base64, String name) {
        byte[] key = base64 == null ? new byte[0] : Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalStateException("worksafety.training.id-number." + name + " must be Base64 of 32 bytes");
        }
        return key;
    }

    @Override
    public Sealed seal(IdNumber idNumber) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(idNumber.value().getBytes(StandardCharsets.US_ASCII));
            return new Sealed(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array(),
                    fingerprint(idNumber));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    @Override
    public byte[] fingerprint(IdNumber idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac.doFinal(idNumber.value().getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is not available", ex);
        }
    }

    /** The number back from its sealed form; used by nothing that answers a client. */
    String open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.US_ASCII);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("the ID number cannot be opened with the configured key", ex);
        }
    }
}
