package cn.gov.sucheng.worksafety.training.trainee.model;

/** The post a person holds; the first three are the key posts (三项岗位). */
public enum KeyPost {
    /** 主要负责人 */
    PRINCIPAL,
    /** 安全生产管理人员 */
    SAFETY_MANAGER,
    /** 特种作业人员 */
    SPECIAL_OPERATION_WORKER,
    /** Any other worker; counted for training hours and high-risk assessment, not for key-post coverage. */
    OTHER;

    public boolean isKeyPost() {
        return this != OTHER;
    }
}
