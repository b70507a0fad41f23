/**
 * The suite's semantic exceptions: plain Java, usable from model packages. The platform maps them to
 * problem+json ({@code platform.web}) and to gRPC status codes ({@code platform.grpc}).
 */
package cn.gov.sucheng.worksafety.platform.domain;
