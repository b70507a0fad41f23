package cn.gov.sucheng.worksafety.training.trainee.application;

import java.util.UUID;

import cn.gov.sucheng.worksafety.training.trainee.model.KeyPost;

/**
 * The filters of the trainee list; a null filter does not narrow.
 *
 * @param idNumberFingerprint only the trainee with this ID number (as the vault fingerprints it)
 */
public record TraineeQuery(UUID enterpriseId, KeyPost keyPost, String town, byte[] idNumberFingerprint) {
}
