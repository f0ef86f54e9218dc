module github.com/example/api

go 1.15

require (
	github.com/gorilla/mux v1.8.0
	github.com/minio/sha256-simd v0.1.1
)
