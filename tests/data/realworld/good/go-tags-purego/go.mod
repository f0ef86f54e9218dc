module github.com/example/hashsvc

go 1.21

require (
	github.com/klauspost/compress v1.17.7
	github.com/zeebo/blake3 v0.2.3
)

require github.com/klauspost/cpuid/v2 v2.2.7 // indirect
